import { afterEach, describe, expect, test } from 'vitest';
import { countryName } from '../../src/ui/country-name';
import { formatDate } from '../../src/ui/format-policy-values';

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

  test('falls back along the order when the browser has no Kazakh names', () => {
    withoutKazakhData();
    expect(countryName('RU', 'kk', ['kk', 'ru', 'en'])).toEqual({ text: 'Россия', lang: 'ru' });
    expect(countryName('RU', 'kk', ['en'])).toEqual({ text: 'Russia', lang: 'en' });
  });

  test('an unknown code is shown as it is', () => {
    expect(countryName('XQ', 'en', ['kk', 'ru', 'en'])).toEqual({ text: 'XQ', lang: 'en' });
  });
});
