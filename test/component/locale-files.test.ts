import { describe, expect, test } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { LANGS, type Lang } from '../../src/core/policy-types';

const LOCALES: Record<Lang, object> = { kk, ru, en };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string in a locale file by its dotted key. */
function flatten(value: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') out.set(prefix + key, child);
    else for (const [k, v] of flatten(child as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The keys without their plural suffixes: what must be the same in every language. */
const baseKeys = (lang: Lang) => [...new Set([...flatten(LOCALES[lang]).keys()].map((k) => k.replace(PLURAL, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!).sort();

describe('locale files', () => {
  test('kk, ru and en have the same keys', () => {
    expect(baseKeys('ru')).toEqual(baseKeys('kk'));
    expect(baseKeys('en')).toEqual(baseKeys('kk'));
  });

  test.each(LANGS)('%s has exactly the plural forms its language needs (Intl.PluralRules)', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const keys = [...flatten(LOCALES[lang]).keys()];
    const pluralBases = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    expect(pluralBases.size).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const forms = keys.filter((k) => k.replace(PLURAL, '') === base).map((k) => k.match(PLURAL)![1]).sort();
      expect(forms, base).toEqual(needed);
    }
  });

  test('every key has the same {{placeholders}} in every language', () => {
    const byBase = (lang: Lang) => {
      const map = new Map<string, string[]>();
      for (const [key, text] of flatten(LOCALES[lang])) map.set(key.replace(PLURAL, ''), placeholders(text));
      return map;
    };
    const kkMap = byBase('kk');
    for (const lang of ['ru', 'en'] as const) {
      for (const [key, names] of byBase(lang)) expect(names, `${lang}: ${key}`).toEqual(kkMap.get(key));
    }
  });

  test('no string is empty or left untranslated (identical to English) in kk or ru', () => {
    const english = flatten(en);
    for (const lang of ['kk', 'ru'] as const) {
      for (const [key, text] of flatten(LOCALES[lang])) {
        expect(text.trim(), `${lang}: ${key}`).not.toBe('');
        // Placeholder-only strings ("{{count}} …" aside) may coincide, real words must not.
        if (/[a-z]{4}/i.test(text.replace(/{{\w+}}/g, '').replace(/cookie|Global Privacy Control/gi, ''))) {
          expect(text, `${lang}: ${key} looks English`).not.toBe(english.get(key));
        }
      }
    }
  });

  test('uses the terms of Law 94-V from the glossary', () => {
    expect(kk).toMatchObject({ acceptAll: 'Барлығын қабылдау', rejectAll: 'Тек қажеттілері', settings: 'Баптаулар', save: 'Таңдауды сақтау' });
    expect(ru).toMatchObject({ acceptAll: 'Принять все', rejectAll: 'Только необходимые', settings: 'Настройки', save: 'Сохранить выбор' });
    const all = (locale: object) => [...flatten(locale).values()].join('\n');
    for (const term of ['дербес деректер', 'келісім', 'кері қайтарып ал', 'Трансшекаралық беру', 'Уәкілетті орган', 'Құпиялылық саясаты', 'БСН']) {
      expect(all(kk)).toContain(term);
    }
    for (const term of ['персональные данные', 'согласи', 'Отозвать согласие', 'Трансграничная передача', 'Уполномоченный орган', 'Политика конфиденциальности', 'БИН']) {
      expect(all(ru)).toContain(term);
    }
  });
});
