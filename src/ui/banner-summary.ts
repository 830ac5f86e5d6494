import type { i18n } from 'i18next';
import { pickText } from '../core/pick-text';
import { purposeCategories } from '../core/purpose-categories';
import { LANGS, type Lang, type Localized, type Policy } from '../core/policy-types';

/**
 * The banner's one sentence when the policy has no `summary`: the purposes of the optional
 * categories with the data each uses, in every language. Undefined when nothing is optional.
 */
export function bannerSummary(policy: Policy, i18n: i18n, fallback: readonly Lang[]): Localized | undefined {
  const optional = policy.purposes.filter((purpose) => purposeCategories(purpose).some((id) => id !== 'necessary'));
  if (!optional.length) return undefined;
  const sentence = (lang: Lang) => {
    const text = (localized: Localized) => pickText(localized, lang, fallback).text;
    const list = optional.map((purpose) => {
      const data = purpose.data.map((id) => policy.dataCategories.find((d) => d.id === id)).filter((d) => !!d);
      return data.length ? `${text(purpose.title)} (${data.map((d) => text(d.title)).join(', ')})` : text(purpose.title);
    });
    return i18n.t('summary', { lng: lang, list: list.join('; ') });
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, sentence(lang)])) as unknown as Localized;
}
