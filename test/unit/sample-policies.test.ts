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

it('the demo ships the four sample policies', () => {
  expect(files).toEqual(['digitalkazakhstan.json', 'estimation.json', 'qoldau.json', 'wadjet.json']);
});

describe.each(files)('demo/policies/%s', (name) => {
  const sample = policy(name);

  it('is valid for validatePolicy', () => {
    expect(validatePolicy(sample)).toEqual([]);
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

  it('gives every purpose a retention period and every recipient a country', () => {
    for (const purpose of sample.purposes) expect(purpose.retention).toBeTruthy();
    for (const recipient of sample.recipients ?? []) expect(recipient.country).toMatch(/^[A-Z]{2}$/);
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
