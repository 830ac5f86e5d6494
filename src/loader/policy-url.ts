import type { Lang } from '../core/policy-types';
import { detectLang, toLang } from '../i18n/detect-language';
import { readStoredLang } from '../i18n/stored-language';
import type { KelisimConfig } from '../types';

/**
 * The language the widget shows for `config`, chosen as `mount` chooses it: `data-lang`, `<html
 * lang>`, the visitor's pick in the switcher (read only when `data-lang` is not given: the read
 * costs milliseconds on the banner's path), the browser's languages, Kazakh.
 */
export function widgetLang(config: KelisimConfig): Lang {
  const { lang } = config;
  return detectLang({ explicit: lang, htmlLang: document.documentElement.lang, stored: lang ? undefined : readStoredLang(), languages: navigator.languages });
}

/**
 * The policy URL for `lang`: `data-policy="/kelisim/policy.{lang}.json"` names one file per
 * language (built by `kelisim build` / `policyForLanguage`); a URL without `{lang}` is the one
 * multi-language file, the same for every language.
 */
export const policyUrl = (url: string, lang: Lang): string => url.replace('{lang}', lang);

/**
 * The loader's early fetch of the policy: its URL, with `{lang}` replaced when `data-lang` or
 * `<html lang>` names the language, which is then the widget's (`config.lang` is set to it, for
 * the UI chunk); undefined when the policy is no URL, or when only the stored pick or the browser
 * could tell (the UI chunk then chooses and fetches: the loader reads no storage).
 */
export function pagePolicyUrl(config: KelisimConfig): string | undefined {
  const { policy } = config;
  if (typeof policy !== 'string') return;
  if (!policy.includes('{lang}')) return policy;
  const lang = toLang(config.lang) || toLang(document.documentElement.lang);
  if (lang) return policy.replace('{lang}', (config.lang = lang));
}
