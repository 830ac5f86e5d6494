// The banner's interface strings, resolved by i18next in Node at build time: the banner chunk
// (dist/kelisim-banner.js) shows them without i18next's runtime, one language per
// dist/kelisim-strings.<lang>.js. The locale files stay the single source.
import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';

/** Every key the banner chunk translates: the banner, the floating button and the saved message. */
export const BANNER_KEYS = ['title', 'operator', 'summary', 'infoOnly', 'gpc', 'upcoming', 'policy', 'acceptAll', 'rejectAll', 'settings', 'ack', 'dialogIntro', 'language', 'none', 'saved', 'floating', 'summaryParties', 'summaryAbroad', 'unnamedCountries'];

/** A locale as the widget bundles carry it (no `problems`, `page` nor `cli` texts). */
export function widgetLocale(lang) {
  const { problems, page, cli, ...strings } = JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8'));
  return strings;
}

/**
 * `lang`'s banner strings: i18next's `t` of each key, with every `{{name}}` it interpolates
 * passed through as `{{name}}` for the banner to fill in (i18next does not interpolate a value again).
 */
export function bannerStrings(lang) {
  const i18n = createInstance();
  const resources = Object.fromEntries(['kk', 'ru', 'en'].map((l) => [l, { translation: widgetLocale(l) }]));
  void i18n.init({ lng: lang, fallbackLng: 'kk', resources, initAsync: false, interpolation: { escapeValue: false } });
  return Object.fromEntries(
    BANNER_KEYS.map((key) => {
      const raw = String(i18n.t(key, { lng: lang, interpolation: { skipOnVariables: true } }));
      const names = [...raw.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
      return [key, String(i18n.t(key, { lng: lang, ...Object.fromEntries(names.map((n) => [n, `{{${n}}}`])) }))];
    }),
  );
}
