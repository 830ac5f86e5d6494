import type { Lang } from '../core/policy-types';
import type { KelisimConfig } from '../types';

/**
 * The policy URL for `lang`: `data-policy="/kelisim/policy.{lang}.json"` names one file per
 * language (built by `kelisim build` / `policyForLanguage`); a URL without `{lang}` is the one
 * multi-language file, the same for every language.
 */
export const policyUrl = (url: string, lang: Lang): string => url.replace('{lang}', lang);

/**
 * The loader's early fetch of the policy: its URL, with `{lang}` replaced by `lang` (the language
 * `data-lang` or `<html lang>` names, if any), which is then the widget's (`config.lang` is set to
 * it, for the UI chunk); undefined when the policy is no URL, or when only the stored pick or the
 * browser could tell (the UI chunk then chooses and fetches: the loader reads no storage).
 */
export function pagePolicyUrl(config: KelisimConfig, lang: Lang | undefined): string | undefined {
  const { policy } = config;
  if (typeof policy !== 'string') return;
  if (!policy.includes('{lang}')) return policy;
  if (lang) return policy.replace('{lang}', (config.lang = lang));
}
