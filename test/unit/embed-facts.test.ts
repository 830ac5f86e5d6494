import { describe, expect, test } from 'vitest';
import { FUNCTIONAL } from '../../src/catalogue/functional';
import { CATALOGUE_EMBEDS, embedFacts } from '../../src/embeds/embed-facts';

describe('embed facts', () => {
  test('the copied catalogue facts equal the catalogue', () => {
    for (const { id, name, provider, country } of CATALOGUE_EMBEDS) {
      const entry = FUNCTIONAL.find((s) => s.id === id);
      expect({ id, name, provider, country }).toEqual({ id, name: entry?.name, provider: entry?.provider, country: entry?.country });
    }
  });

  test("the policy's service entry first, then the catalogue, then the category title", () => {
    const policy = {
      categories: [
        { id: 'marketing', title: { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' }, services: [{ id: 'youtube', name: 'YouTube (ours)', provider: { en: 'Google Ireland' }, country: 'IE' }] },
      ],
    };
    expect(embedFacts(policy, 'youtube', 'en')).toEqual({ name: 'YouTube (ours)', provider: { en: 'Google Ireland' }, country: 'IE' });
    expect(embedFacts(policy, 'dgis', 'en')).toMatchObject({ name: '2GIS', country: ['KZ', 'RU'] });
    expect(embedFacts(policy, 'marketing', 'en')).toEqual({ name: 'Marketing' });
    expect(embedFacts('not a policy', 'nothing', 'kk')).toBeUndefined();
  });
});
