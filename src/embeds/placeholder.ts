import type { Lang, Localized } from '../core/policy-types';
import type { EmbedFacts } from './embed-facts';
import { EMBED_TEXTS as TEXTS } from './embed-texts';

/** `{{name}}`-style interpolation, enough for these few texts. */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** A country in `lang`: the locale's own name, else `Intl`'s, else the code. */
function countryName(code: string, lang: Lang): string {
  const own = TEXTS[lang].countries[code.toUpperCase()];
  if (own) return own;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** What kind of content an embed holds, for the sentence that asks: a video, a map, or other. */
const kindOf = (id: string, src: string) => (/youtube|youtu\.be|vimeo|rutube|video/i.test(id + src) ? 'video' : /map|2gis|dgis/i.test(id + src) ? 'map' : 'other');

/** What the placeholder needs to draw: the frame it stands for, its facts and its language. */
export interface PlaceholderOptions {
  frame: HTMLIFrameElement;
  /** The first id of the frame's `data-consent` not granted yet. */
  id: string;
  facts?: EmbedFacts;
  lang: Lang;
  onLoad(): void;
}

/**
 * A box the embed's size in its place: «YouTube (Google LLC, АҚШ) — бейнені көру үшін келісім
 * қажет», a "Load YouTube" button (`data-kelisim="load"`) and a "Cookie settings" button
 * (`data-kelisim="open-settings"`, which the script tag already handles). Plain DOM with inline
 * styles, so host-page CSS and our shadow root stay apart; a labelled region for screen readers.
 */
export function createPlaceholder({ frame, id, facts, lang, onLoad }: PlaceholderOptions): HTMLElement {
  const texts = TEXTS[lang];
  const doc = frame.ownerDocument;
  const src = frame.dataset.src ?? '';
  const name = facts?.name ?? (frame.title || (URL.canParse?.(src, doc.baseURI) ? new URL(src, doc.baseURI).hostname : id));
  const pick = (text?: Localized) => (text && (text[lang] || text.kk || text.ru || text.en)) || '';
  const countries = facts?.country === undefined ? [] : [facts.country].flat().filter((c) => c !== 'unknown');
  const [provider, country] = [pick(facts?.provider), countries.map((c) => countryName(c, lang)).join(', ')];
  const what = provider && country ? fill(texts.title, { name, provider, country }) : provider || country ? `${name} (${provider || country})` : name;

  const rect = frame.getBoundingClientRect();
  const width = rect.width || Number(frame.getAttribute('width')) || 300;
  const height = rect.height || Number(frame.getAttribute('height')) || 150;
  const box = doc.createElement('div');
  box.setAttribute('data-kelisim-embed', id);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', name);
  box.lang = lang;
  box.style.cssText =
    `box-sizing:border-box;width:${width}px;max-width:100%;min-height:${height}px;display:flex;flex-direction:column;` +
    'align-items:center;justify-content:center;gap:12px;padding:16px;text-align:center;background:#f1f3f5;color:#1a1a1a;' +
    'border:1px solid #6b7280;border-radius:8px;font:inherit;line-height:1.4';
  const text = doc.createElement('p');
  text.style.margin = '0';
  text.textContent = `${what} — ${texts[kindOf(id, src)]}`;
  const button = (label: string, action: string, primary: boolean) => {
    const el = doc.createElement('button');
    el.type = 'button';
    el.textContent = label;
    el.setAttribute('data-kelisim', action);
    el.style.cssText =
      'min-height:44px;padding:8px 16px;border-radius:6px;font:inherit;cursor:pointer;' +
      (primary ? 'background:#0b57d0;color:#fff;border:0;font-weight:700' : 'background:transparent;color:#0b4aa8;border:1px solid #0b4aa8');
    return el;
  };
  const load = button(fill(texts.load, { name }), 'load', true);
  load.addEventListener('click', onLoad);
  box.append(text, load, button(texts.settings, 'open-settings', false));
  return box;
}
