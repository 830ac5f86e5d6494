import type { Lang, Policy } from '../../../src/core/policy-types';
import type { Layout, Theme } from '../../../src/types';
import type { PreviewSetup } from '../shared/messages';

/** What the visitor of the preview site chose in the settings form. */
export interface Settings {
  lang: Lang;
  layout: Layout;
  theme: Theme;
  /** A custom accent colour (`#rrggbb`), or none for the widget's own. */
  accent?: string;
  googleConsentMode: boolean;
  /** Show the preview 360 px wide. */
  mobile: boolean;
}

/** Read the settings form: radio groups `lang`, `layout`, `theme`; checkboxes; the colour input. */
export function readSettings(form: HTMLFormElement): Settings {
  const data = new FormData(form);
  return {
    lang: (data.get('lang') ?? 'kk') as Lang,
    layout: (data.get('layout') ?? 'bar') as Layout,
    theme: (data.get('theme') ?? 'auto') as Theme,
    accent: data.has('accent-on') ? String(data.get('accent')) : undefined,
    googleConsentMode: data.has('gcm'),
    mobile: data.has('mobile'),
  };
}

/** The config the preview page gives the widget; `consentLog` is a URL that accepts receipts. */
export function previewSetup(policy: Policy, settings: Settings, consentLog?: string): PreviewSetup {
  return {
    config: {
      policy,
      lang: settings.lang,
      layout: settings.layout,
      theme: settings.theme,
      ...(settings.googleConsentMode ? { googleConsentMode: true } : {}),
      ...(consentLog ? { consentLog: { url: consentLog } } : {}),
    },
    accent: settings.accent,
  };
}
