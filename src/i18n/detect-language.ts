import { LANGS, type Lang } from '../core/policy-types';
import { readStoredLang } from './stored-language';

/** Where the interface language may come from, strongest first. */
export interface LangSources {
  /** The site's configuration (`lang`). */
  explicit?: string | null;
  /** `<html lang>` of the host page. */
  htmlLang?: string | null;
  /** The visitor's earlier choice in the language switcher. */
  stored?: string | null;
  /** `navigator.languages`, the visitor's browser preferences in order. */
  languages?: readonly string[] | null;
}

/**
 * The Kelisim language for a BCP 47 tag (`kk-KZ` → kk, `ru-RU` → ru, `en-GB` → en), or
 * undefined for a language Kelisim does not speak.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  // Many Kazakh sites write the country code `kz` in <html lang> when they mean Kazakh.
  if (base === 'kz') return 'kk';
  return LANGS.find((lang) => lang === base);
}

/**
 * The interface language: explicit config → `<html lang>` → the visitor's earlier choice →
 * the first browser language Kelisim speaks → Kazakh, the state language.
 */
export function detectLang(sources: LangSources): Lang {
  const { explicit, htmlLang, stored, languages } = sources;
  for (const tag of [explicit, htmlLang, stored, ...(languages ?? [])]) {
    const lang = toLang(tag);
    if (lang) return lang;
  }
  return 'kk';
}

/**
 * The language the widget shows first for the configured `lang`: `lang`, `<html lang>`, the
 * visitor's pick in the switcher (read only when `lang` is not given: the read costs
 * milliseconds on the banner's path), the browser's languages, Kazakh. The widget, the banner's
 * strings and a policy given per language (`{lang}`) all take their language from here.
 */
export function widgetLang(lang: string | undefined): Lang {
  return detectLang({ explicit: lang, htmlLang: document.documentElement.lang, stored: lang ? undefined : readStoredLang(), languages: navigator.languages });
}
