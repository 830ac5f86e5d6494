// The widget's interface strings, resolved by i18next in Node at build time: the script tag's
// banner chunk (dist/kelisim-banner.js) and dialog chunk (dist/kelisim-ui.js) show them without
// i18next's runtime, through src/i18n/static-strings.ts. Per language, the banner's come in
// dist/kelisim-strings.<lang>.js and the dialog's other strings in dist/kelisim-locale.<lang>.js.
// The locale files stay the single source, as i18next resources.
import { readFileSync } from 'node:fs';
import { createInstance } from 'i18next';

/** Every key the banner chunk translates: the banner, the floating button and the saved message. */
export const BANNER_KEYS = ['title', 'operator', 'summary', 'infoOnly', 'gpc', 'upcoming', 'policy', 'acceptAll', 'rejectAll', 'settings', 'ack', 'dialogIntro', 'language', 'none', 'saved', 'floating', 'summaryParties', 'summaryAbroad', 'unnamedCountries'];

const LANGS = ['kk', 'ru', 'en'];
/** The plural suffixes i18next adds to a key for a `count` (Intl.PluralRules' categories). */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A locale as the widget bundles carry it (no `problems`, `page` nor `cli` texts). */
export function widgetLocale(lang) {
  const { problems, page, cli, ...strings } = JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8'));
  return strings;
}

/** The policy page's own texts of a locale (its `page`). */
function pageLocale(lang) {
  return JSON.parse(readFileSync(new URL(`../locales/${lang}.json`, import.meta.url), 'utf8')).page;
}

/** The keys of a nested locale object as i18next addresses them: `facts.more`, `unit.day_one`. */
export function flatKeys(object, prefix = '') {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === 'object' ? flatKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

let instance;
/** One i18next instance over the three widget locales, as the npm widget's (src/i18n/i18n-instance.ts). */
function widgetI18n() {
  if (instance) return instance;
  instance = createInstance();
  // With the policy page's texts (`page`, keys of their own), for pageStrings.
  const resources = Object.fromEntries(LANGS.map((l) => [l, { translation: { ...widgetLocale(l), page: pageLocale(l) } }]));
  void instance.init({ lng: 'kk', fallbackLng: 'kk', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance;
}

/**
 * i18next's `t` of `key` in `lang`, with every `{{name}}` it interpolates passed through as
 * `{{name}}` for the widget to fill in (i18next does not interpolate a value again).
 */
function compile(lang, key) {
  const i18n = widgetI18n();
  if (!i18n.exists(key, { lng: lang })) throw new Error(`Kelisim build: no locale has the widget string "${key}".`);
  const raw = String(i18n.t(key, { lng: lang, interpolation: { skipOnVariables: true } }));
  const names = [...raw.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
  const text = String(i18n.t(key, { lng: lang, ...Object.fromEntries(names.map((n) => [n, `{{${n}}}`])) }));
  // The runtime translator fills plain `{{name}}` only: no formats, nesting or deep names.
  if (/\{\{(?!\w+\}\})|\$t\(/.test(text)) throw new Error(`Kelisim build: locales/${lang}.json "${key}" uses a format, a nesting or a deep name, which the widget's translator has not.`);
  return text;
}

/** `lang`'s banner strings (BANNER_KEYS), resolved at build time. */
export function bannerStrings(lang) {
  return Object.fromEntries(BANNER_KEYS.map((key) => [key, compile(lang, key)]));
}

/**
 * Every key the script tag's widget translates in `lang`: the widget locale's keys (without the
 * embeds' own texts, `embed`, which src/embeds carries), flattened, Kazakh's too (i18next's
 * fallback), a plural form only where `lang` has that form. Each plural key must have every
 * form of `lang` in `lang`'s own locale, so that i18next never resolves a count through the
 * fallback language's rules (which the translator does not follow): the build stops otherwise.
 */
export function widgetKeys(lang) {
  const { embed, ...own } = widgetLocale(lang);
  const { embed: _, ...fallback } = widgetLocale('kk');
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = [...new Set([...flatKeys(fallback), ...flatKeys(own)])].filter((key) => {
    const form = PLURAL.exec(key)?.[1];
    return !form || form === 'zero' || forms.includes(form);
  });
  const ownKeys = new Set(flatKeys(own));
  for (const base of new Set(keys.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))) {
    const missing = forms.filter((form) => !ownKeys.has(`${base}_${form}`));
    if (missing.length) throw new Error(`Kelisim build: locales/${lang}.json "${base}" lacks the plural form(s) ${missing.map((f) => `${base}_${f}`).join(', ')}.`);
  }
  return keys;
}

/** `lang`'s strings of the dialog that the banner strings do not carry already (dist/kelisim-locale.<lang>.js). */
export function dialogStrings(lang) {
  return Object.fromEntries(widgetKeys(lang).filter((key) => !BANNER_KEYS.includes(key)).map((key) => [key, compile(lang, key)]));
}

/**
 * `lang`'s strings of the policy page (dist/kelisim-page.js carries all three languages: its
 * switcher redraws in place): the widget's keys and the page's own (`page.*`, Kazakh's too).
 */
export function pageStrings(lang) {
  const keys = [...new Set([...flatKeys({ page: pageLocale('kk') }), ...flatKeys({ page: pageLocale(lang) })])];
  return Object.fromEntries([...widgetKeys(lang), ...keys].map((key) => [key, compile(lang, key)]));
}
