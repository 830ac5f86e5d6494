import { LANGS, type Lang, type Localized, type Policy } from './policy-types';
import { policyRevision } from './revision';

/**
 * A policy compiled for one language (`policy.kk.json` …): every text holds only `lang` (or,
 * where the owner left that language empty, the text the widget would fall back to, under its
 * own language key, so `pickText` still marks it). `revision` is the full policy's, so a visitor's
 * decision is the same whichever language file they were shown; `lang` names the language and
 * `languages` the ones the full policy has, for the switcher.
 */
export type LanguagePolicy = Policy & { revision: string; lang: Lang; languages: Lang[] };

function isLocalized(value: unknown): value is Partial<Localized> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (LANGS as string[]).includes(key) && typeof (value as Record<string, unknown>)[key] === 'string');
}

const filled = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

function reduce(value: unknown, lang: Lang, order: readonly Lang[]): unknown {
  if (Array.isArray(value)) return value.map((item) => reduce(item, lang, order));
  if (isLocalized(value)) {
    if (filled(value[lang])) return { [lang]: value[lang] };
    const other = order.find((candidate) => filled(value[candidate]));
    return other ? { [lang]: '', [other]: value[other] } : { [lang]: value[lang] ?? '' };
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = reduce(item, lang, order);
    return out;
  }
  return value;
}

/** The languages a policy is written in: those its operator's name has a text for, Kazakh first. */
export function policyLanguages(policy: Policy): Lang[] {
  const name = policy.operator?.name as Partial<Localized> | undefined;
  const found = LANGS.filter((lang) => filled(name?.[lang]));
  return found.length > 0 ? found : [...LANGS];
}

/**
 * `policy` with the texts of `lang` only (see {@link LanguagePolicy}); `fallback` is the order of
 * languages to take a missing text from (default: the others, Kazakh first). Pure: the input is
 * not changed.
 */
export function policyForLanguage(policy: Policy, lang: Lang, fallback: readonly Lang[] = LANGS.filter((l) => l !== lang)): LanguagePolicy {
  const reduced = reduce(policy, lang, fallback) as Policy;
  return { ...reduced, revision: policyRevision(policy), lang, languages: policyLanguages(policy) };
}

/** True for a policy compiled by {@link policyForLanguage}. */
export function isLanguagePolicy(policy: Policy): policy is LanguagePolicy {
  return typeof (policy as Partial<LanguagePolicy>).lang === 'string' && Array.isArray((policy as Partial<LanguagePolicy>).languages);
}

function merge(a: unknown, b: unknown): unknown {
  // Both files hold the full policy's texts, so a language key present in both holds the same text.
  if (isLocalized(a) && isLocalized(b)) return { ...b, ...a };
  if (Array.isArray(a) && Array.isArray(b)) return a.map((item, i) => merge(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(b as Record<string, unknown>) };
    for (const [key, item] of Object.entries(a)) out[key] = key in out ? merge(item, out[key]) : item;
    return out;
  }
  return a ?? b;
}

/**
 * `shown` with the texts of `other` added (both built from one policy by {@link policyForLanguage},
 * or one of them the full policy): what the language switcher and the bilingual layout show once
 * a second language has loaded. `shown`'s own fields (`lang`, `languages`, `revision`) are kept. Pure.
 */
export function mergeLanguagePolicies<P extends Policy>(shown: P, other: Policy): P {
  return merge(shown, other) as P;
}
