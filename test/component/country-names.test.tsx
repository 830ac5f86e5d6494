// Country names in the dialog come from Kelisim's own table for the countries a Kazakh site's
// services use, and from one cached Intl.DisplayNames per language beyond it (issue 14, point 4).
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { NAMED_COUNTRIES, shippedCountryName } from '../../src/ui/country-names';
import { LANGS } from '../../src/core/policy-types';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

const realDisplayNames = Intl.DisplayNames;
afterEach(() => {
  Object.assign(Intl, { DisplayNames: realDisplayNames });
  cleanUp();
});

/** A browser with no Kazakh region names: "kk" answers in English. Counts the formatters built. */
function withoutKazakhNames(): { built: string[] } {
  const record = { built: [] as string[] };
  const DisplayNames = class extends realDisplayNames {
    constructor(locales: string[], options: Intl.DisplayNamesOptions) {
      super(locales[0] === 'kk' ? ['en'] : locales, options);
      record.built.push(locales[0]!);
    }
  };
  Object.assign(Intl, { DisplayNames });
  return record;
}

/** The text of every category's details in the open dialog. */
function openDetails(root: ShadowRoot): string {
  fireEvent.click(root.querySelector('.panel [data-kelisim="open-settings"]')!);
  return [...root.querySelectorAll('.dialog')].map((d) => d.textContent ?? '').join(' ');
}

const REQUIRED = 'KZ RU US IE NL DE FI SE GB FR CN TR AE UZ KG BY AM GE SG JP KR IN CA AU CH PL LT LV EE UA'.split(' ');

describe('country names', () => {
  test('Kelisim names every country the issue lists, in kk, ru and en, each name different from the code', () => {
    for (const code of REQUIRED) {
      expect(NAMED_COUNTRIES).toContain(code);
      for (const lang of LANGS) expect(shippedCountryName(code, lang), `${code} ${lang}`).toMatch(/^\S.{2,}/u);
    }
    expect(new Set(NAMED_COUNTRIES.map((c) => shippedCountryName(c, 'kk'))).size).toBe(NAMED_COUNTRIES.length);
  });

  test('the Kazakh dialog says «Қазақстан», «Ресей», «АҚШ» although the browser has no Kazakh names', () => {
    withoutKazakhNames();
    const policy = fixturePolicy();
    policy.categories[1]!.services[0]!.country = ['KZ', 'RU', 'US'];
    const { root } = mountWidget({ lang: 'kk' }, policy);
    const text = openDetails(root);
    expect(text).toContain('Қазақстан, Ресей, АҚШ');
    expect(text).not.toMatch(/Казахстан|Россия|Russia|United States|Соединенные Штаты/);
  });

  test('beyond its own names, one Intl.DisplayNames per language serves every service', () => {
    const record = withoutKazakhNames();
    const policy = fixturePolicy();
    const [first] = policy.categories[1]!.services;
    policy.categories[1]!.services = Array.from({ length: 30 }, (_, i) => ({ ...first!, id: `s${i}`, name: `Service ${i}`, country: 'BR' }));
    const { root } = mountWidget({ lang: 'ru' }, policy);
    expect(openDetails(root)).toContain('Бразилия');
    expect(record.built.filter((lang) => lang === 'ru').length).toBe(1);
    expect(record.built.length).toBeLessThanOrEqual(LANGS.length);
  });
});
