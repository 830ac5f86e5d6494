import { createElement, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { Lang } from '../core/index';
import { embedFacts } from '../embeds/embed-facts';
import { createPlaceholder } from '../embeds/placeholder';
import { KelisimContext } from './context';
import type { CategoryId } from './register';
import { useConsent } from './use-consent';

/** The size and language of an embed's placeholder (`<Consent placeholder={…}>`). */
export interface PlaceholderProps {
  /** The embed's size, so the page does not move when it loads. @default 300 × 150 */
  width?: number;
  height?: number;
  /** @default the provider's `lang`, else `<html lang>`, else Kazakh */
  lang?: Lang;
}

/** Props of `<Consent>`. */
export interface ConsentProps {
  /** The optional category (or service: `youtube`) the children need. */
  category: CategoryId | 'necessary';
  /** Shown instead while the category is not granted (e.g. a "this video needs marketing cookies" box). @default null */
  fallback?: ReactNode;
  /**
   * For an embed (a video, a map): instead of `fallback`, the script tag's placeholder — who
   * provides it and where data go, a "Load" button that grants just this service, and "Cookie
   * settings" — in kk, ru or en.
   */
  placeholder?: boolean | PlaceholderProps;
  children?: ReactNode;
}

/** The script tag's embed placeholder (src/embeds/placeholder.ts), drawn into a React-owned box. */
function EmbedPlaceholder({ id, options }: { id: string; options: PlaceholderProps }): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const context = useContext(KelisimContext);
  useEffect(() => {
    const host = box.current;
    if (!host || !context) return;
    const { consent, policy, widget } = context;
    const page = document.documentElement.lang.toLowerCase().split('-')[0] as Lang;
    const lang = options.lang ?? context.lang ?? (['kk', 'ru', 'en'].includes(page) ? page : 'kk');
    // The placeholder takes its size from a frame: one that is never inserted (nothing is requested).
    const frame = document.createElement('iframe');
    frame.setAttribute('width', String(options.width ?? 300));
    frame.setAttribute('height', String(options.height ?? 150));
    const onLoad = () => {
      const decision = consent.get();
      consent.set([...(decision?.granted ?? []), ...(decision?.services ?? []), id]);
    };
    const element = createPlaceholder({ frame, id, facts: embedFacts(policy, id, lang), lang, onLoad });
    element.querySelector('[data-kelisim="open-settings"]')?.addEventListener('click', () => widget.current?.open());
    host.replaceChildren(element);
    return () => host.replaceChildren();
  }, [context, id, options.lang, options.width, options.height]);
  return createElement('div', { ref: box });
}

/**
 * Renders its children only while `category` is granted, else `fallback` (or, with
 * `placeholder`, the embed placeholder); follows every change.
 */
export function Consent({ category, fallback = null, placeholder, children }: ConsentProps): ReactNode {
  const granted = useConsent(category);
  if (granted) return children;
  if (!placeholder) return fallback;
  return createElement(EmbedPlaceholder, { id: category, options: placeholder === true ? {} : placeholder });
}
