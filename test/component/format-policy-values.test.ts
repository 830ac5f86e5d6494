import { afterEach, describe, expect, test } from 'vitest';
import { countryName } from '../../src/ui/country-name';
import { LANGS, type Lang } from '../../src/core/policy-types';
import { createI18n } from '../../src/i18n/create-i18n';
import { formatDate, formatRetention } from '../../src/ui/format-policy-values';
import { createTexts } from '../../src/ui/texts';

const realDisplayNames = Intl.DisplayNames;
const realDateTimeFormat = Intl.DateTimeFormat;
afterEach(() => {
  Object.assign(Intl, { DisplayNames: realDisplayNames, DateTimeFormat: realDateTimeFormat });
});

/** Imitates a browser that claims Kazakh but has no Kazakh data (seen in Debian's Chromium). */
function withoutKazakhData(): void {
  const DisplayNames = class extends realDisplayNames {
    constructor(locales: string[], options: Intl.DisplayNamesOptions) {
      super(locales[0] === 'kk' ? ['en'] : locales, options);
    }
  };
  const DateTimeFormat = function (locales: string, options: Intl.DateTimeFormatOptions) {
    if (locales === 'kk') return { format: () => (options.month === 'long' && !options.day ? 'M07' : '2026 M07 1') };
    return new realDateTimeFormat(locales, options);
  };
  Object.assign(Intl, { DisplayNames, DateTimeFormat });
}

describe('formatDate', () => {
  test.each([
    ['kk', '2026 ж. 1 шілде'],
    ['ru', '1 июля 2026 г.'],
    ['en', 'July 1, 2026'],
  ])('%s names the month: %s', (lang, expected) => {
    expect(formatDate(lang, '2026-07-01')).toBe(expected);
  });

  test('an ISO date is a calendar day, whatever the time zone', () => {
    expect(formatDate('en', '2026-12-31')).toBe('December 31, 2026');
  });

  test('without month names for Kazakh it writes the numeric date usual in Kazakhstan', () => {
    withoutKazakhData();
    expect(formatDate('kk', '2026-07-01')).toBe('01.07.2026');
    expect(formatDate('kk', new Date(2026, 0, 5, 9, 7).getTime(), true)).toBe('05.01.2026 09:07');
    expect(formatDate('ru', '2026-07-01')).toBe('1 июля 2026 г.');
  });
});

describe('countryName', () => {
  test('names a country in the interface language', () => {
    expect(countryName('RU', 'kk', ['kk', 'ru', 'en'])).toEqual({ text: 'Ресей', lang: 'kk' });
    expect(countryName('KZ', 'ru', ['kk', 'ru', 'en'])).toEqual({ text: 'Казахстан', lang: 'ru' });
    expect(countryName('DE', 'en', ['kk', 'ru', 'en'])).toEqual({ text: 'Germany', lang: 'en' });
  });

  test('beyond its own names, falls back along the order when the browser has no Kazakh names', () => {
    withoutKazakhData();
    expect(countryName('BR', 'kk', ['kk', 'ru', 'en'])).toEqual({ text: 'Бразилия', lang: 'ru' });
    expect(countryName('BR', 'kk', ['en'])).toEqual({ text: 'Brazil', lang: 'en' });
  });

  test('names the countries it ships in Kazakh even when the browser has no Kazakh names', () => {
    withoutKazakhData();
    expect(countryName('RU', 'kk', ['kk', 'ru', 'en'])).toEqual({ text: 'Ресей', lang: 'kk' });
    expect(countryName('us', 'kk', ['kk', 'ru', 'en'])).toEqual({ text: 'АҚШ', lang: 'kk' });
    expect(countryName('US', 'ru', ['kk', 'ru', 'en'])).toEqual({ text: 'США', lang: 'ru' });
  });

  test('an unknown code is shown as it is', () => {
    expect(countryName('XQ', 'en', ['kk', 'ru', 'en'])).toEqual({ text: 'XQ', lang: 'en' });
  });
});

describe('formatRetention (the dialog and the policy page)', () => {
  const texts = (lang: Lang) => createTexts(createI18n(lang), lang, { bilingual: false, fallback: LANGS, warned: new Set() });
  const after = { kk: 'соңғы әрекеттестіктен', ru: 'последнего взаимодействия', en: 'the last interaction' };
  const rule = { kk: 'Жеке кабинет бар кезде', ru: 'Пока существует личный кабинет', en: 'As long as your account exists' };

  test.each([
    ['en', 'up to 1 year', 'As long as your account exists, but no longer than 5 years after the last interaction'],
    ['ru', 'максимум 1 год', 'Пока существует личный кабинет, но максимум 5 лет после последнего взаимодействия'],
    ['kk', 'ең көбі 1 жыл', 'Жеке кабинет бар кезде, бірақ ең көбі соңғы әрекеттестіктен кейін 5 жыл'],
  ] as const)('%s says a ceiling ("upTo") and a rule\'s "max"', (lang, upTo, max) => {
    expect(formatRetention(texts(lang), { amount: 1, unit: 'year', upTo: true })).toBe(upTo);
    expect(formatRetention(texts(lang), { rule, max: { amount: 5, unit: 'year', after } })).toBe(max);
  });

  test('a period, counted from an event or not, and a rule alone are as before', () => {
    expect(formatRetention(texts('ru'), { amount: 3, unit: 'year', after })).toBe('3 года после последнего взаимодействия');
    expect(formatRetention(texts('en'), { amount: 6, unit: 'month' })).toBe('6 months');
    expect(formatRetention(texts('en'), { rule })).toBe('As long as your account exists');
  });
});
