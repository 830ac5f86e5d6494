import type { Consent } from '../core/consent-types';
import type { KelisimConfig } from '../types';
import type { StartOptions, Widget } from '../embed-ui';

/** The lazily loaded UI module's shape. */
type UiModule = typeof import('../embed-ui');

/** Imports the UI bundle once and starts the widget; the first call's options apply, later calls reuse it. */
export function createUiLoader(url: string, consent: Consent, config: KelisimConfig) {
  let widget: Promise<Widget | null> | undefined;
  return (options?: StartOptions): Promise<Widget | null> =>
    (widget ??= import(/* @vite-ignore */ url)
      .then((ui: UiModule) => ui.start(consent, config, options))
      .catch((error: unknown) => {
        console.error('Kelisim: could not load the consent widget from ' + url, error);
        return null;
      }));
}
