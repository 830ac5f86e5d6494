import type { Consent } from '../core/consent-types';
import type { KelisimConfig } from '../types';
import type { Widget } from '../embed-ui';

/** What the loader asks of the lazily loaded UI module. */
export type UiModule = typeof import('../embed-ui');

/** Lazily imports the UI bundle once and starts the widget; later calls reuse it. */
export function createUiLoader(url: string, consent: Consent, config: KelisimConfig): () => Promise<Widget | null> {
  let widget: Promise<Widget | null> | undefined;
  return () =>
    (widget ??= import(/* @vite-ignore */ url)
      .then((ui: UiModule) => ui.start(consent, config))
      .catch((error: unknown) => {
        console.error('Kelisim: could not load the consent widget from ' + url, error);
        return null;
      }));
}
