import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/core/validate-policy';
import { LANGS, type Localized, type Policy } from '../../src/core/policy-types';

// Every sample policy the demo offers: whatever lies in the folder, so a new one is checked too.
const folder = fileURLToPath(new URL('../../demo/policies/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
const policies = new Map<string, Policy>(
  files.map((name) => [name, JSON.parse(readFileSync(folder + name, 'utf8')) as Policy]),
);
const policy = (name: string): Policy => {
  const found = policies.get(name);
  if (!found) throw new Error(`demo/policies/${name} is missing`);
  return found;
};

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/kelisim-policy.schema.json', import.meta.url)), 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' && value !== null && !Array.isArray(value) &&
  LANGS.every((lang) => lang in value) && Object.keys(value).every((key) => (LANGS as string[]).includes(key));

/** Every `{ kk, ru, en }` in a value, with its JSON path. */
function localizedIn(value: unknown, path = '$'): Array<[string, Localized]> {
  if (isLocalized(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => localizedIn(item, `${path}.${key}`));
  }
  return [];
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яё]/i;

it('the demo ships the four sample policies written from real ones and the online shop written from scratch', () => {
  expect(files).toEqual(['digitalkazakhstan.json', 'estimation.json', 'qoldau.json', 'sebet.json', 'wadjet.json']);
});

describe.each(files)('demo/policies/%s', (name) => {
  const sample = policy(name);

  it('is valid for validatePolicy, without a single warning', () => {
    expect(validatePolicy(sample, { warnings: true })).toEqual([]);
  });

  it('is written in format 2, and shows consent given outside the banner in its own section', () => {
    expect(sample.version).toBe(2);
    for (const purpose of sample.purposes.filter((p) => p.consentIn)) {
      expect(purpose.category, purpose.id).toBeUndefined();
      expect(purpose.withdrawIn, purpose.id).toBeDefined();
    }
    expect(sample.changes?.en).toMatch(/\S/);
  });

  it('is valid for the JSON Schema', () => {
    validateSchema(sample);
    expect(validateSchema.errors ?? []).toEqual([]);
  });

  it('points editors at the schema', () => {
    expect(sample.$schema).toBe('../../schema/kelisim-policy.schema.json');
  });

  it('names its revision and the date it took effect', () => {
    expect(sample.revision).toMatch(/\S/);
    expect(sample.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says every text in Kazakh, Russian and English', () => {
    const texts = localizedIn(sample);
    expect(texts.length).toBeGreaterThan(20);
    const empty = texts.flatMap(([path, text]) =>
      LANGS.filter((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '').map((lang) => `${path}.${lang}`),
    );
    expect(empty).toEqual([]);
  });

  it('writes Kazakh in Cyrillic with Kazakh letters, and Russian in Cyrillic', () => {
    const texts = localizedIn(sample);
    expect(texts.map(([, text]) => text.kk).join(' ')).toMatch(KAZAKH_LETTERS);
    // Names such as "Google LLC" stay as they are; everything longer is translated.
    const untranslated = texts
      .filter(([, text]) => text.en.length > 20)
      .flatMap(([path, text]) => [
        ...(CYRILLIC.test(text.kk) ? [] : [`${path}.kk`]),
        ...(CYRILLIC.test(text.ru) ? [] : [`${path}.ru`]),
      ]);
    expect(untranslated).toEqual([]);
  });

  it('references only data categories it uses, and uses every one', () => {
    const used = new Set(sample.purposes.flatMap((purpose) => purpose.data));
    expect(sample.dataCategories.map((data) => data.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every purpose of personal data a retention period and every recipient a country', () => {
    const nonPersonal = sample.dataCategories.filter((data) => data.personal === false).map((data) => data.id);
    for (const purpose of sample.purposes.filter((p) => p.data.some((id) => !nonPersonal.includes(id)))) expect(purpose.retention, purpose.id).toBeTruthy();
    for (const recipient of sample.recipients ?? []) expect(recipient.country).toMatch(/^([A-Z]{2}|unknown)$/);
    expect(sample.rights.length).toBeGreaterThanOrEqual(4);
  });
});

describe('estimation.kz', () => {
  const sample = policy('estimation.json');
  const analytics = sample.categories.find((category) => category.id === 'analytics');
  const service = (id: string) => analytics?.services.find((item) => item.id === id);

  it('lists Yandex Metrica (Russia) and Google Analytics (USA) under analytics', () => {
    expect(service('yandex-metrica')).toMatchObject({ name: 'Yandex Metrica', country: 'RU' });
    expect(service('google-analytics')).toMatchObject({ name: 'Google Analytics', country: 'US' });
  });

  it('lists their cookies with lifetimes', () => {
    const cookies = (id: string) => Object.fromEntries(
      (service(id)?.cookies ?? []).map((cookie) => [`${cookie.name}${cookie.prefix ? '*' : ''}`, cookie.lifetime]),
    );
    expect(cookies('yandex-metrica')).toMatchObject({
      _ym_uid: { amount: 1, unit: 'year' },
      _ym_d: { amount: 1, unit: 'year' },
      _ym_isad: { amount: 2, unit: 'day' },
      '_ym_*': { amount: 1, unit: 'year' },
    });
    expect(cookies('google-analytics')).toMatchObject({
      _ga: { amount: 2, unit: 'year' },
      '_ga_*': { amount: 2, unit: 'year' },
    });
  });

  it('names Yandex and Google as recipients abroad', () => {
    expect((sample.recipients ?? []).map((recipient) => [recipient.name.en, recipient.country])).toEqual(
      expect.arrayContaining([['Yandex LLC', 'RU'], ['Google LLC', 'US']]),
    );
  });
});

describe('digitalkazakhstan.org', () => {
  const sample = policy('digitalkazakhstan.json');

  it('has no optional category, so the widget shows a notice without a needless choice', () => {
    expect(sample.categories.map((category) => category.id)).toEqual(['necessary']);
  });

  it('lists its functional cookies as necessary, all set by the site itself in Kazakhstan', () => {
    const services = sample.categories[0]?.services ?? [];
    expect(services.map((item) => item.country)).toEqual(['KZ']);
    expect(services.flatMap((item) => item.cookies.map((cookie) => cookie.name))).toEqual(
      expect.arrayContaining(['lang', 'compare']),
    );
  });

  it('keeps the retention periods of its text', () => {
    const retention = Object.fromEntries(sample.purposes.map((purpose) => [purpose.id, purpose.retention]));
    expect(retention['site-operation']).toEqual({ amount: 90, unit: 'day' });
    expect(retention['legal-compliance']).toEqual({ amount: 5, unit: 'year' });
    expect(retention.accreditation).toMatchObject({ amount: 1, unit: 'year', after: { en: 'membership ends' } });
  });

  it('announces an upcoming change after the current revision', () => {
    expect(sample.upcoming?.date && sample.effective && sample.upcoming.date > sample.effective).toBe(true);
    expect(sample.upcoming?.revision).not.toBe(sample.revision);
  });
});

describe('qoldau.kz', () => {
  it('separates non-personal agricultural data from personal data', () => {
    const sample = policy('qoldau.json');
    const nonPersonal = sample.dataCategories.filter((data) => data.personal === false).map((data) => data.id);
    expect(nonPersonal).toEqual(['agronomic', 'land', 'machine', 'livestock', 'weather']);
  });
});

describe('format 2 facts of the sources (issue 13)', () => {
  it('digitalkazakhstan.org: material changes are announced 14 days ahead, members are kept a year after membership ends', () => {
    const sample = policy('digitalkazakhstan.json');
    expect(sample.changes?.en).toMatch(/at least 14 days before/);
    expect(sample.changes?.ru).toMatch(/не менее чем за 14 дней/);
    expect(sample.purposes.find((p) => p.id === 'accreditation')?.retention).toMatchObject({ amount: 1, unit: 'year', after: { en: 'membership ends' } });
  });

  it('qoldau.kz: "using the portal means you accept", and recipients get only what they need', () => {
    const sample = policy('qoldau.json');
    expect(sample.impliedAcceptance?.en).toMatch(/By using Qoldau/);
    expect(sample.recipients?.map((r) => r.scope?.en)).toEqual([expect.stringMatching(/only the personal data needed/), expect.stringMatching(/only at their request/)]);
  });

  it('estimation.kz: the statistics services receive only the statistics', () => {
    const sample = policy('estimation.json');
    const abroad = sample.recipients?.filter((r) => r.country !== 'KZ');
    expect(abroad?.map((r) => [r.country, r.data, r.purposes])).toEqual([['RU', ['statistics'], ['site-analytics']], ['US', ['statistics'], ['site-analytics']]]);
  });
});

describe('sebet.json: an online shop with a mobile app, pixels and an advertising partner', () => {
  const sample = policy('sebet.json');
  const services = sample.categories.flatMap((category) => category.services);

  it('covers the site and its mobile apps, with a contact page besides the e-mail', () => {
    expect(sample.operator.properties?.map((property) => property.kind)).toEqual(['website', 'app', 'app']);
    expect(sample.operator.contactUrl).toMatch(/^https:\/\//);
  });

  it('lists technologies other than cookies, and a third-party cookie on the provider\'s domain', () => {
    const kinds = new Set(services.flatMap((service) => service.technologies ?? []).map((item) => item.kind));
    expect([...kinds].sort()).toEqual(['local-storage', 'pixel', 'sdk']);
    expect(services.flatMap((service) => service.cookies).filter((cookie) => cookie.domain).map((cookie) => cookie.domain)).toEqual(['.doubleclick.net']);
  });

  it('has a purpose under two optional categories, a ceiling on retention, consent given on registration, and non-personal statistics', () => {
    expect(sample.purposes.find((p) => Array.isArray(p.category))?.category).toEqual(['analytics', 'marketing']);
    expect(sample.purposes.find((p) => p.id === 'account')?.retention).toMatchObject({ max: { amount: 5, unit: 'year' } });
    expect(sample.purposes.find((p) => p.id === 'statistics')?.retention).toMatchObject({ upTo: true });
    expect(sample.purposes.find((p) => p.consentIn)?.id).toBe('newsletter');
    expect(sample.purposes.find((p) => p.id === 'sales-statistics')).not.toHaveProperty('ground');
  });

  it('states special categories, sources and subjects of data, implied acceptance, and an advertising partner of unknown country', () => {
    expect(sample.specialCategories?.processed).toBe(false);
    expect(sample.dataSources?.length).toBeGreaterThanOrEqual(3);
    expect(sample.dataSubjects?.length).toBeGreaterThanOrEqual(3);
    expect(sample.impliedAcceptance?.kk).toMatch(/қабылдайсыз/);
    expect(sample.recipients?.find((r) => r.country === 'unknown')?.scope?.en).toMatch(/both analytics and marketing/);
  });
});
