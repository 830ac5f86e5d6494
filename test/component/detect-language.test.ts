import { afterEach, describe, expect, test, vi } from 'vitest';
import { detectLang, toLang, type LangSources } from '../../src/i18n/detect-language';
import { readStoredLang, storeLang, STORED_LANG_KEY } from '../../src/i18n/stored-language';
import type { Lang } from '../../src/core/policy-types';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('detectLang: explicit → <html lang> → earlier choice → browser → kk', () => {
  const rows: [string, LangSources, Lang][] = [
    ['nothing known', {}, 'kk'],
    ['explicit wins over everything', { explicit: 'en', htmlLang: 'ru', stored: 'kk', languages: ['ru-RU'] }, 'en'],
    ['an unknown explicit value is skipped', { explicit: 'de', htmlLang: 'ru' }, 'ru'],
    ['<html lang> before the stored choice', { htmlLang: 'kk', stored: 'ru', languages: ['en-US'] }, 'kk'],
    ['<html lang> with a region', { htmlLang: 'ru-KZ' }, 'ru'],
    ['<html lang> in upper case with a script', { htmlLang: 'KK-Cyrl-KZ' }, 'kk'],
    ['<html lang="kz">, a common mistake on Kazakh sites', { htmlLang: 'kz' }, 'kk'],
    ['an empty <html lang> is skipped', { htmlLang: '', stored: 'ru' }, 'ru'],
    ['an unsupported <html lang> is skipped', { htmlLang: 'de-DE', stored: 'en' }, 'en'],
    ['the stored choice before the browser', { stored: 'ru', languages: ['kk-KZ'] }, 'ru'],
    ['a corrupt stored value is skipped', { stored: 'xx', languages: ['en-GB'] }, 'en'],
    ['browser kk-KZ', { languages: ['kk-KZ'] }, 'kk'],
    ['browser ru-KZ', { languages: ['ru-KZ'] }, 'ru'],
    ['browser ru-RU', { languages: ['ru-RU'] }, 'ru'],
    ['browser en-US', { languages: ['en-US'] }, 'en'],
    ['browser en-GB', { languages: ['en-GB', 'ru'] }, 'en'],
    ['first supported browser language wins', { languages: ['de-DE', 'fr', 'ru-RU', 'en'] }, 'ru'],
    ['browser order is respected', { languages: ['en', 'kk'] }, 'en'],
    ['underscore tags', { languages: ['ru_RU'] }, 'ru'],
    ['no supported browser language', { languages: ['de', 'tr', 'uz-UZ'] }, 'kk'],
    ['null everywhere', { explicit: null, htmlLang: null, stored: null, languages: null }, 'kk'],
  ];
  test.each(rows)('%s', (_, sources, expected) => {
    expect(detectLang(sources)).toBe(expected);
  });

  test('toLang says undefined for a language Kelisim does not speak', () => {
    expect(toLang('uz')).toBeUndefined();
    expect(toLang(undefined)).toBeUndefined();
  });
});

describe('the visitor\'s stored choice', () => {
  test('round-trips through localStorage under kelisim.lang', () => {
    expect(readStoredLang()).toBeNull();
    storeLang('ru');
    expect(localStorage.getItem(STORED_LANG_KEY)).toBe('ru');
    expect(readStoredLang()).toBe('ru');
  });

  test('blocked storage neither throws nor remembers', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => storeLang('en')).not.toThrow();
    expect(readStoredLang()).toBeNull();
  });
});
