// The banner's automatic sentence when a policy has no summary (issue 14, point 5).
import { afterEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../src/core/policy-types';
import { createI18n } from '../../src/i18n/create-i18n';
import { bannerSummary, inSentence } from '../../src/ui/banner-summary';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

afterEach(cleanUp);

/** The fixture with a second optional purpose whose service sends data to the US and to unnamed countries. */
function policyWithAds(): Policy {
  const policy = fixturePolicy();
  delete policy.summary;
  policy.categories.push({
    id: 'marketing',
    title: { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' },
    description: { kk: 'Жарнама', ru: 'Реклама', en: 'Ads' },
    services: [{ id: 'google-ads', name: 'Google Ads', provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' }, country: ['US', 'unknown'], cookies: [] }],
  });
  policy.purposes.push({
    id: 'ads',
    title: { kk: 'Жарнаманың нәтижесін өлшеу', ru: 'Измерение результатов рекламы', en: 'Measuring the results of ads' },
    data: ['ip-address', 'cookie-id'],
    ground: 'consent',
    retention: { amount: 1, unit: 'year' },
    category: 'marketing',
  });
  return policy;
}

const summaryOf = (policy: Policy) => bannerSummary(policy, createI18n('kk'), ['kk', 'ru', 'en'])!;

describe('the automatic banner summary', () => {
  test.each([
    ['kk', 'Сіздің келісіміңізбен деректерді мына мақсаттарда өңдейміз: сайтты жақсарту үшін келу статистикасы; жарнаманың нәтижесін өлшеу. Деректерді үшінші тұлғалар алады: «Яндекс» ЖШҚ, Google LLC. Деректер Қазақстаннан тыс жерге беріледі (трансшекаралық беру): Ресей, АҚШ, провайдер атамаған елдер.'],
    ['ru', 'С вашего согласия мы обрабатываем данные в следующих целях: статистика посещений для улучшения сайта; измерение результатов рекламы. Данные получают третьи лица: ООО «Яндекс», Google LLC. Данные передаются за пределы Казахстана (трансграничная передача): Россия, США, страны, которые поставщик не называет.'],
    ['en', 'With your consent we process data for these purposes: visit statistics to improve the site; measuring the results of ads. Third parties receive the data: Yandex LLC, Google LLC. Data are transferred outside Kazakhstan (cross-border transfer): Russia, United States, countries the provider does not name.'],
  ] as const)('reads as sentences in %s: purposes in lower case, third parties, countries abroad', (lang, expected) => {
    expect(summaryOf(policyWithAds())[lang]).toBe(expected);
  });

  test('lists no data categories: they are explained once, in the dialog', () => {
    const summary = summaryOf(policyWithAds());
    for (const lang of ['kk', 'ru', 'en'] as const) expect(summary[lang]).not.toMatch(/IP|Cookie/);
  });

  test('says nothing about transfers abroad when every party is in Kazakhstan', () => {
    const policy = fixturePolicy();
    policy.categories[1]!.services[0]!.country = 'KZ';
    policy.recipients = [];
    expect(summaryOf(policy).en).toBe('With your consent we process data for these purposes: visit statistics to improve the site. Third parties receive the data: Yandex LLC.');
  });

  test('is written only in the languages asked for (the widget: those it shows), the others left empty', () => {
    const all = summaryOf(policyWithAds());
    const shown = bannerSummary(policyWithAds(), createI18n('kk'), ['kk', 'ru', 'en'], ['ru'])!;
    expect(shown).toEqual({ kk: '', ru: all.ru, en: '' });
  });

  test('keeps acronyms and names at the start of a purpose', () => {
    expect(inSentence('IP-мекенжай бойынша қорғау')).toBe('IP-мекенжай бойынша қорғау');
    expect(inSentence('YouTube videos')).toBe('YouTube videos');
    expect(inSentence('Статистика посещений')).toBe('статистика посещений');
  });

  test('is what the Kazakh banner shows', () => {
    const { root } = mountWidget({ lang: 'kk' }, policyWithAds());
    expect(root.querySelector('.panel')!.textContent).toContain('Деректер Қазақстаннан тыс жерге беріледі (трансшекаралық беру): Ресей, АҚШ');
  });
});

test('names a few parties of a long list and cuts it short', () => {
  const policy = policyWithAds();
  const [ads] = policy.categories.at(-1)!.services;
  policy.categories.at(-1)!.services = Array.from({ length: 20 }, (_, i) => ({ ...ads!, id: `ads-${i}`, provider: { kk: `P${i}`, ru: `P${i}`, en: `P${i}` } }));
  expect(summaryOf(policy).en).toContain('Third parties receive the data: Yandex LLC, P0, P1, P2, P3, P4, ….');
});
