import { describe, expect, it } from 'vitest';
import { draftCategories } from '../../src/cli/scan/draft';
import { compactJson } from '../../src/cli/scan/report';
import type { PageScan } from '../../src/cli/scan/types';
import { validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

const scan: PageScan = {
  url: 'https://shop.kz/',
  tool: true,
  states: {
    accept: {
      cookies: [
        { name: 'kelisim', domain: 'shop.kz', lifetime: 182, firstParty: true },
        { name: '_ym_uid', domain: '.shop.kz', lifetime: 365, firstParty: true },
        { name: '_ga_ABC', domain: '.shop.kz', lifetime: 730, firstParty: true },
      ],
      storage: [],
      requests: [{ url: 'https://www.youtube.com/embed/x', host: 'www.youtube.com', phase: 'after' }],
    },
  },
};

describe('draft categories', () => {
  it('puts each catalogue service under its category with the cookies seen, and validates as a policy', () => {
    const categories = draftCategories([scan], 'shop.kz');
    expect(categories.map((c) => [c.id, c.services.map((s) => s.id)])).toEqual([
      ['necessary', ['site']],
      ['analytics', ['google-analytics', 'yandex-metrica']],
      ['functional', ['youtube']],
    ]);
    expect(categories[0]!.services[0]!.cookies[0]).toMatchObject({ name: 'kelisim', purpose: { en: 'Stores your choice to give or refuse consent to cookies.' } });
    expect(categories[1]!.services[0]!.cookies.map((c) => c.name)).toEqual(['_ga_']);
    // The draft is the policy's categories: only purposes for the new categories are missing.
    const problems = validatePolicy({ ...policy, categories }).map((p) => p.code);
    expect(new Set(problems)).toEqual(new Set(['optional-no-purpose']));
  });

  it('prints texts and durations on one line each', () => {
    expect(compactJson({ purpose: { kk: 'а', ru: 'б', en: 'c' }, lifetime: { amount: 1, unit: 'year' } })).toBe(
      '{\n  "purpose": { "kk": "а", "ru": "б", "en": "c" },\n  "lifetime": { "amount": 1, "unit": "year" }\n}',
    );
  });
});
