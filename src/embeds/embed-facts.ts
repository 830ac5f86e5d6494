import type { Countries, Lang, Localized } from '../core/policy-types';

/** What a placeholder says about an embed: its name, provider and where data go, if known. */
export interface EmbedFacts {
  name: string;
  provider?: Localized;
  country?: Countries;
}

/**
 * The catalogue's facts (src/catalogue/functional.ts) of the embeds a page shows in an iframe,
 * for a policy that does not list them: copied, so this chunk does not carry the catalogue's
 * cookie lists; test/unit/embed-facts.test.ts keeps the copy equal to the catalogue.
 */
export const CATALOGUE_EMBEDS: readonly (EmbedFacts & { id: string })[] = [
  { id: 'youtube', name: 'YouTube', provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' }, country: 'US' },
  { id: 'yandex-maps', name: 'Yandex Maps', provider: { kk: '«Яндекс» ЖШҚ', ru: 'ООО «Яндекс»', en: 'Yandex LLC' }, country: 'RU' },
  { id: 'google-maps', name: 'Google Maps', provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' }, country: 'US' },
  { id: 'dgis', name: '2GIS', provider: { kk: '«ДубльГИС» ЖШС', ru: 'ТОО «ДубльГИС»', en: 'DoubleGIS LLP' }, country: ['KZ', 'RU'] },
];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const listOf = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * The facts of service or category `id`: the policy's service entry (not validated here: the
 * widget reports a bad policy), else the catalogue's, else the policy's category title, else
 * none. `lang` picks a category's title.
 */
export function embedFacts(policy: unknown, id: string, lang: Lang): EmbedFacts | undefined {
  const categories = listOf(isObject(policy) ? policy.categories : undefined);
  const service = categories.flatMap((c) => listOf(c.services)).find((s) => s.id === id) ?? CATALOGUE_EMBEDS.find((s) => s.id === id);
  if (service && typeof service.name === 'string') {
    return { name: service.name, provider: service.provider as Localized, country: service.country as Countries };
  }
  const title = categories.find((c) => c.id === id)?.title;
  const text = isObject(title) ? title[lang] : undefined;
  return typeof text === 'string' ? { name: text } : undefined;
}
