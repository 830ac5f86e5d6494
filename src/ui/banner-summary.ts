import type { i18n } from 'i18next';
import { pickText } from '../core/pick-text';
import { purposeCategories } from '../core/purpose-categories';
import { LANGS, type Lang, type Localized, type Policy } from '../core/policy-types';
import { countryName, createCountryNames } from './country-name';

/** How many purposes, parties or countries the sentence names before it cuts the list short. */
export const MAX_NAMED = 6;

/**
 * A purpose's title as it reads inside a sentence: «Сайтқа келу статистикасы» → «сайтқа келу
 * статистикасы». A first word with another capital or a digit (IP, YouTube, 2GIS) stays as it is.
 */
export function inSentence(title: string): string {
  const first = title.split(/\s/, 1)[0]!;
  return /[\p{Lu}\d]/u.test(first.slice(1)) ? title : title.charAt(0).toLocaleLowerCase() + title.slice(1);
}

/**
 * Who receives data for the optional categories, and where: the providers of their services and
 * the recipients that name one of their purposes, each once, with the countries they send data to.
 */
function optionalParties(policy: Policy, optional: Set<string>): { name: Localized; countries: string[] }[] {
  const parties = new Map<string, { name: Localized; countries: string[] }>();
  const add = (name: Localized, country: string | string[]) => {
    const party = parties.get(name.en) ?? { name, countries: [] };
    parties.set(name.en, party);
    for (const code of typeof country === 'string' ? [country] : country) if (!party.countries.includes(code)) party.countries.push(code);
  };
  for (const category of policy.categories) {
    if (category.id !== 'necessary') for (const service of category.services) add(service.provider, service.country);
  }
  for (const recipient of policy.recipients ?? []) {
    if (recipient.purposes?.some((id) => optional.has(id))) add(recipient.name, recipient.country);
  }
  return [...parties.values()];
}

/**
 * The banner's text when the policy has no `summary`, in every language: why data are processed
 * with consent (the optional purposes, lower-case inside the sentence), who else receives them,
 * and to which countries outside Kazakhstan they go (Law 94-V art. 16), since that is what a
 * visitor must know before agreeing. The data themselves are listed once, in the dialog.
 * Undefined when nothing is optional. `langs`: the languages to write it in (the widget: those it
 * shows now; the others stay empty, so nothing before the banner's first paint builds them).
 */
export function bannerSummary(policy: Policy, i18n: i18n, fallback: readonly Lang[], langs: readonly Lang[] = LANGS): Localized | undefined {
  const optional = policy.purposes.filter((purpose) => purposeCategories(purpose).some((id) => id !== 'necessary'));
  if (!optional.length) return undefined;
  const parties = optionalParties(policy, new Set(optional.map((purpose) => purpose.id)));
  const abroad = [...new Set(parties.flatMap((party) => party.countries))].filter((code) => code.toUpperCase() !== 'KZ');
  const names = createCountryNames();
  const sentence = (lang: Lang) => {
    const text = (localized: Localized) => pickText(localized, lang, fallback).text;
    // A long list is cut: the banner names the first few, the dialog all of them.
    const join = (list: string[], separator: string) => list.slice(0, MAX_NAMED).join(separator) + (list.length > MAX_NAMED ? separator + '…' : '');
    const t = (key: string, list: string[]) => i18n.t(key, { lng: lang, list: join(list, key === 'summary' ? '; ' : ', ') });
    const countries = abroad.map((code) => (code === 'unknown' ? i18n.t('unnamedCountries', { lng: lang }) : countryName(code, lang, fallback, names).text));
    return [
      t('summary', optional.map((purpose) => inSentence(text(purpose.title)))),
      parties.length ? t('summaryParties', parties.map((party) => text(party.name))) : '',
      countries.length ? t('summaryAbroad', countries) : '',
    ].filter(Boolean).join(' ');
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, langs.includes(lang) ? sentence(lang) : ''])) as unknown as Localized;
}
