// The script tag's widget (banner and dialog chunks) shows strings i18next resolved at build time
// (scripts/banner-strings.mjs) through its own small `t` (src/i18n/static-strings.ts): for every
// key of the widget's locales, with and without values, and for every count a plural key is
// asked with, it must give what the npm widget's runtime i18next `t()` gives. So must the policy
// page chunk's (dist/kelisim-page.js), which carries the page's strings of all three languages.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BANNER_KEYS, bannerStrings, dialogStrings, flatKeys, pageStrings, widgetKeys, widgetLocale } from '../../scripts/banner-strings.mjs';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { LANGS, type Lang } from '../../src/core/policy-types';
import { createI18n } from '../../src/i18n/create-i18n';
import { createStaticStrings } from '../../src/i18n/static-strings';

/** Every key of the three widget locales as i18next addresses them (the embeds' own texts aside). */
const KEYS = [...new Set(LANGS.flatMap((lang) => flatKeys(widgetLocale(lang))))].filter((key) => !key.startsWith('embed.'));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLURAL_KEYS = [...new Set(KEYS.filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))];
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101];

/** Every key of the policy page's own texts (`page.*`). */
const PAGE_KEYS = [...new Set([kk, ru, en].flatMap((locale) => flatKeys({ page: locale.page })))];

/** A value for every placeholder any widget string has, with characters a naive replace would mangle. */
const NAMES = [...new Set(LANGS.flatMap((lang) => Object.values(bannerStrings(lang)).concat(Object.values(pageStrings(lang)))).flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!)))];
const VALUES = Object.fromEntries(NAMES.map((name) => [name, `${name} $& {{x}} $1 "q" & $t(title)`]));

describe.each(LANGS)('the widget strings in %s', (lang: Lang) => {
  const runtime = createI18n(lang);
  // What the browser gets: the banner's strings, then the dialog's.
  const strings = createStaticStrings();
  strings.add(lang, bannerStrings(lang));
  strings.add(lang, dialogStrings(lang));
  const t = strings.i18n.t;

  test.each(KEYS)('%s equals the runtime t(), with no values and with every placeholder filled', (key) => {
    expect(t(key, { lng: lang })).toBe(runtime.t(key, { lng: lang }));
    expect(t(key, { lng: lang, ...VALUES })).toBe(runtime.t(key, { lng: lang, ...VALUES }));
  });

  test.each(PLURAL_KEYS)('%s: each count picks the plural form the runtime t() picks', (key) => {
    for (const count of COUNTS) {
      expect(t(key, { lng: lang, count }), `${key} ${count}`).toBe(runtime.t(key, { lng: lang, count }));
      expect(t(key, { lng: lang, count, ...VALUES }), `${key} ${count}`).toBe(runtime.t(key, { lng: lang, count, ...VALUES }));
    }
  });

  test('the two files carry every widget key once: the banner\'s in strings, the rest in the locale', () => {
    const banner = Object.keys(bannerStrings(lang));
    const dialog = Object.keys(dialogStrings(lang));
    expect(banner).toEqual(BANNER_KEYS);
    expect(dialog.filter((key) => banner.includes(key))).toEqual([]);
    expect([...banner, ...dialog].sort()).toEqual([...widgetKeys(lang)].sort());
    expect(dialog).toContain('dialogTitle');
    expect(dialog).toContain('unit.day_one');
    expect(dialog).toContain('groundName.consent');
    expect(dialog.some((key) => key.startsWith('embed.'))).toBe(false);
  });

  test('a key it lacks gives the key, as i18next does; a language not loaded gives no text', () => {
    expect(t('facts.nothing', { lng: lang })).toBe(runtime.t('facts.nothing', { lng: lang }));
    expect(t('unit.week', { lng: lang, count: 2 })).toBe(runtime.t('unit.week', { lng: lang, count: 2 }));
    expect(t('title', { lng: LANGS.find((l) => l !== lang)! })).toBe('');
  });
});

describe.each(LANGS)('the policy page chunk\'s strings in %s', (lang: Lang) => {
  const runtime = createI18n(lang);
  // The chunk adds all three languages to one translator.
  const strings = createStaticStrings();
  for (const l of LANGS) strings.add(l, pageStrings(l));
  const t = strings.i18n.t;

  test.each([...PAGE_KEYS, ...KEYS])('%s equals the runtime t(), with no values and with every placeholder filled', (key) => {
    expect(t(key, { lng: lang })).toBe(runtime.t(key, { lng: lang }));
    expect(t(key, { lng: lang, ...VALUES })).toBe(runtime.t(key, { lng: lang, ...VALUES }));
  });

  test.each(PLURAL_KEYS)('%s: each count picks the plural form the runtime t() picks', (key) => {
    for (const count of COUNTS) expect(t(key, { lng: lang, count }), `${key} ${count}`).toBe(runtime.t(key, { lng: lang, count }));
  });

  test('it carries the page\'s texts and the widget\'s, not the problem, cli or embed texts', () => {
    const keys = Object.keys(pageStrings(lang));
    expect(keys).toEqual(expect.arrayContaining([...widgetKeys(lang), 'page.title']));
    expect(keys.filter((key) => /^(problems|cli|embed)\./.test(key))).toEqual([]);
  });
});

test('the checks cover the plural keys of each language (kk and en: one, other; ru: one, few, many, other)', () => {
  expect(PLURAL_KEYS).toEqual(['unit.minute', 'unit.hour', 'unit.day', 'unit.month', 'unit.year']);
  expect(widgetKeys('ru').filter((key) => key.startsWith('unit.day_')).sort()).toEqual(['unit.day_few', 'unit.day_many', 'unit.day_one', 'unit.day_other']);
  expect(widgetKeys('en').filter((key) => key.startsWith('unit.day_')).sort()).toEqual(['unit.day_one', 'unit.day_other']);
});

test('every interface key the widget\'s components name is compiled (a key ending in "." as a prefix)', () => {
  const keys = widgetKeys('en');
  const files = readdirSync('src/ui').filter((file) => /\.tsx?$/.test(file));
  const used = files.flatMap((file) => [...readFileSync(`src/ui/${file}`, 'utf8').matchAll(/\btb?\('([\w.-]+)'/g)].map((m) => m[1]!));
  expect(used).toContain('facts.more');
  expect(used).toContain('unit.');
  for (const key of used) expect(key.endsWith('.') ? keys.some((k) => k.startsWith(key)) : keys.includes(key) || PLURAL_KEYS.includes(key), key).toBe(true);
});
