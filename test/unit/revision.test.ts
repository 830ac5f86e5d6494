import { describe, expect, it } from 'vitest';
import { hashString, policyRevision } from '../../src/core/revision';
import type { Policy } from '../../src/core/policy-types';

const t = (en: string) => ({ kk: en + ' (kk)', ru: en + ' (ru)', en });

/** A small but complete policy; each test changes one thing. */
function policy(): Policy {
  return {
    $schema: './policy.schema.json',
    effective: '2025-01-01',
    operator: { name: t('Qoldau LLP'), bin: '180340021791', address: t('Astana'), email: 'dpo@qoldau.kz', policyUrl: 'https://qoldau.kz/privacy' },
    categories: [
      { id: 'necessary', title: t('Necessary'), description: t('Needed'), services: [] },
      {
        id: 'analytics',
        title: t('Analytics'),
        description: t('Counts visits'),
        services: [
          {
            id: 'yandex-metrica',
            name: 'Yandex Metrica',
            provider: t('Yandex LLC'),
            country: 'RU',
            cookies: [{ name: '_ym_uid', lifetime: { amount: 1, unit: 'year' }, purpose: t('Visitor id') }],
          },
        ],
      },
    ],
    dataCategories: [{ id: 'ip-address', title: t('IP address') }],
    purposes: [
      { id: 'stats', title: t('Statistics'), data: ['ip-address'], ground: 'consent', retention: { amount: 1, unit: 'year' }, category: 'analytics' },
    ],
    rights: [t('Access')],
    authority: { name: t('Ministry of Digital Development') },
    crossBorder: t('Only with consent'),
    localisation: t('Databases are in Kazakhstan'),
  };
}

/** The same object with every key order reversed, recursively. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

describe('hashString', () => {
  it('is stable and tells different texts apart', () => {
    expect(hashString('Келісім')).toBe(hashString('Келісім'));
    expect(hashString('Келісім')).not.toBe(hashString('Келiсiм'));
    expect(hashString('')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('policyRevision', () => {
  it('uses the revision the site owner wrote', () => {
    expect(policyRevision({ ...policy(), revision: '2025-03' })).toBe('2025-03');
  });

  it('derives a short h-prefixed hash that ignores key order', () => {
    const rev = policyRevision(policy());
    expect(rev).toMatch(/^h[0-9a-z]{1,11}$/);
    expect(policyRevision(reverseKeys(policy()))).toBe(rev);
  });

  it('ignores $schema, the effective date and an announced upcoming change', () => {
    const p = policy();
    const changed = { ...p, $schema: 'other.json', effective: '2026-01-01', upcoming: { revision: 'x', date: '2026-02-01', summary: t('New') } };
    expect(policyRevision(changed)).toBe(policyRevision(p));
  });

  it.each<[string, (p: Policy) => void]>([
    ['a new service', (p) => p.categories[1]!.services.push({ id: 'ga4', name: 'GA4', provider: t('Google'), country: 'US', cookies: [] })],
    ['a new cookie', (p) => p.categories[1]!.services[0]!.cookies.push({ name: '_ym_d', lifetime: 'session', purpose: t('Date') })],
    ['a new category', (p) => p.categories.push({ id: 'marketing', title: t('Ads'), description: t('Ads'), services: [] })],
    ['a longer retention', (p) => (p.purposes[0]!.retention = { amount: 2, unit: 'year' })],
    ['another legal ground', (p) => (p.purposes[0]!.ground = 'legitimate-interest')],
    ['more data processed', (p) => p.purposes[0]!.data.push('iin')],
    ['another operator BIN', (p) => (p.operator.bin = '180340021792')],
    ['a new recipient', (p) => (p.recipients = [{ name: t('Kcell'), role: t('SMS'), country: 'KZ' }])],
    ['a re-worded purpose', (p) => (p.purposes[0]!.title.kk = 'Жаңа мәтін')],
  ])('changes with %s', (_, mutate) => {
    const p = policy();
    mutate(p);
    expect(policyRevision(p)).not.toBe(policyRevision(policy()));
  });
});
