// The banner chunk shows strings i18next resolved at build time (scripts/banner-strings.mjs), with
// its own tiny `t` (src/i18n/static-strings.ts): each must equal the runtime i18next `t()` of the
// same key, values and language, and every key the banner's components use must be among them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BANNER_KEYS, bannerStrings, widgetLocale } from '../../scripts/banner-strings.mjs';
import { LANGS, type Lang } from '../../src/core/policy-types';
import { createI18n } from '../../src/i18n/create-i18n';
import { createStaticStrings } from '../../src/i18n/static-strings';

/** Values for every placeholder the banner fills in, with characters a naive replace would mangle. */
const VALUES = { list: 'Analytics (IP address, $& device); Marketing {{x}}', date: '1 May 2026 $1', summary: 'A "new" processor & $$ more' };

describe.each(LANGS)('banner strings in %s', (lang: Lang) => {
  const runtime = createI18n(lang);
  const strings = createStaticStrings();
  strings.add(lang, bannerStrings(lang));

  test.each(BANNER_KEYS)('%s equals the runtime t()', (key) => {
    expect(strings.i18n.t(key, { lng: lang, ...VALUES })).toBe(runtime.t(key, { lng: lang, ...VALUES }));
    expect(strings.i18n.t(key, { lng: lang })).toBe(runtime.t(key, { lng: lang }));
  });

  test('no banner string uses a plural, a nesting or a format (the banner\'s t has none)', () => {
    const locale = widgetLocale(lang) as Record<string, unknown>;
    for (const key of BANNER_KEYS) {
      expect(typeof locale[key], key).toBe('string');
      expect(Object.keys(locale).filter((k) => k.startsWith(`${key}_`)), key).toEqual([]);
      expect(locale[key], key).not.toMatch(/\$t\(|\{\{\s*\w+\s*,|\{\{\s*count\s*\}\}/);
    }
  });

  test('a language not loaded gives no text rather than another language', () => {
    const other = LANGS.find((l) => l !== lang)!;
    expect(strings.i18n.t('title', { lng: other })).toBe('');
  });
});

test('every locale key the banner chunk\'s components name is a banner string', () => {
  const keys = new Set(Object.keys(widgetLocale('en')));
  // Words that are also keys but name something else there: the widget's 'save' action.
  keys.delete('save');
  const files = ['banner.tsx', 'language-switcher.tsx', 'upcoming-notice.tsx', 'widget.tsx', 'banner-summary.ts'];
  const used = files.flatMap((file) => [...readFileSync(`src/ui/${file}`, 'utf8').matchAll(/'(\w+)'/g)].map((m) => m[1]!)).filter((word) => keys.has(word));
  expect(used).toContain('acceptAll');
  expect(used.filter((key) => !BANNER_KEYS.includes(key))).toEqual([]);
});
