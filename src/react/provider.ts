import { createElement, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ConsentConfig, ConsentDecision, Policy } from '../core/index';
import { createConsent, mount, startIntegrations, type KelisimConfig, type MountOptions, type WidgetHandle } from '../index';
import { KelisimContext, type KelisimContextValue } from './context';

/** Options of `<KelisimProvider>`: the consent store's, the widget's, and the integrations. */
export interface KelisimProviderOptions extends Omit<ConsentConfig, 'policy' | 'revision' | 'categories'>, Omit<MountOptions, 'policy' | 'notice'> {
  /** Show the banner and dialog (loaded lazily, in the browser only). @default true */
  widget?: boolean;
  /** Google Consent Mode, GA4, Yandex Metrica, the consent log…: `startIntegrations`' config (tab sync always runs). */
  integrations?: KelisimConfig;
}

/** Props of `<KelisimProvider>`. */
export interface KelisimProviderProps {
  /** The validated policy (`parsePolicy(json)` or `definePolicy({…})`). Read once. */
  policy: Policy;
  options?: KelisimProviderOptions;
  /** The decision read on the server (`readDecision(cookieHeader, policy)`), so the first render matches it. */
  decision?: ConsentDecision | null;
  children?: ReactNode;
}

/**
 * One consent instance for the app below it. In the browser, once mounted, it loads and shows the
 * widget (lazily: a chunk of its own), keeps tabs in step and starts the integrations; on the server
 * it only renders its children (nothing touches `window`). Safe under StrictMode: the double
 * effect destroys the first widget before it has loaded, so one widget is shown.
 */
export function KelisimProvider({ policy, options = {}, decision = null, children }: KelisimProviderProps): ReactNode {
  const widget = useRef<WidgetHandle | undefined>(undefined);
  const [value] = useState<KelisimContextValue>(() => ({
    consent: createConsent({ policy, cookie: options.cookie, lang: options.lang, gpc: options.gpc, dnt: options.dnt }),
    policy,
    lang: options.lang,
    widget,
    serverDecision: decision,
  }));
  useEffect(() => {
    const { consent } = value;
    const { widget: show = true, integrations, cookie: _c, gpc: _g, dnt: _d, ...display } = options;
    // Tab sync, the `kelisim:withdraw` event and the clean-up of declined cookies always; trackers as configured.
    const running = startIntegrations(consent, integrations ?? {}, { win: window, doc: document, policy });
    const handle = show ? mount(consent, { ...display, policy }) : undefined;
    widget.current = handle;
    return () => {
      handle?.destroy();
      if (widget.current === handle) widget.current = undefined;
      running.stop();
    };
    // The policy and options are read once, like the consent instance.
  }, [value]);
  return createElement(KelisimContext.Provider, { value }, children);
}
