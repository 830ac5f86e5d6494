// The script tag's guard (issue 12): every sample policy passes, each shape the widget cannot
// show gives its one message with the JSON path, and (seeded property tests) the guard throws
// nothing but its own error, accepts every policy validatePolicy accepts, and accepts nothing
// the widget would crash on or show wrong.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardPolicy, PolicyGuardError } from '../../src/core/guard-policy';
import { policyForLanguage } from '../../src/core/policy-language';
import { LANGS, type Policy } from '../../src/core/policy-types';
import { validatePolicy } from '../../src/core/validate-policy';
import { largePolicy } from '../e2e/support/large-policy';
import { renderPolicy } from './support/render-policy';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const read = (url: URL): Json => JSON.parse(readFileSync(url, 'utf8'));
const FIXTURE = read(new URL('../fixtures/policy.json', import.meta.url));
const SAMPLES_DIR = new URL('../../demo/policies/', import.meta.url);
const SAMPLES = readdirSync(SAMPLES_DIR).filter((name) => name.endsWith('.json')).sort();
const SEED = 12_2026;
const PREFIX = 'Kelisim: the policy cannot be shown: ';
const SUFFIX = " — check the whole policy with the demo's policy checker or validatePolicy() from kelisim/core.";

/** The fixture policy, changed by `edit`. */
function broken(edit: (policy: any) => void): unknown {
  const policy = structuredClone(FIXTURE);
  edit(policy);
  return policy;
}

/**
 * What the widget's HTML shows wrong, with a little context: "undefined", "[object Object]",
 * "NaN", or an element that should hold text but is empty (a text in no language).
 */
const shownWrong = (html: string): string[] =>
  html.match(/.{0,40}(undefined|\[object Object\]|NaN|<(b|p|li|td|code|span)( [^>]*)?><\/\2>).{0,20}/g) ?? [];

/** The guard's message for `input`, or null when it accepts it. */
function refusal(input: unknown): string | null {
  try {
    expect(guardPolicy(input)).toBe(input);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyGuardError);
    return (error as Error).message;
  }
}

// The widget warns once per text it shows in another language; not what these tests look at.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

describe('guardPolicy on good policies', () => {
  it.each(['test/fixtures/policy.json', ...SAMPLES.map((name) => `demo/policies/${name}`)])('accepts %s and the widget shows it', (file) => {
    const policy = read(new URL(`../../${file}`, import.meta.url));
    expect(guardPolicy(policy)).toBe(policy);
    expect(shownWrong(renderPolicy(policy as unknown as Policy))).toEqual([]);
  });

  it('accepts a good policy on a page whose Object.prototype has enumerable properties (old libraries)', () => {
    const policy = read(new URL('../../test/fixtures/policy.json', import.meta.url));
    const proto = Object.prototype as Record<string, unknown>;
    proto.legacy = 'yes';
    try {
      expect(guardPolicy(policy)).toBe(policy);
    } finally {
      delete proto.legacy;
    }
  });

  it('accepts the e2e large policy (2000 services) quickly', () => {
    const policy = largePolicy();
    const start = performance.now();
    expect(guardPolicy(policy)).toBe(policy);
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('accepts an operator reached by contactUrl alone, and the widget shows no e-mail line for it', () => {
    const policy = broken((p) => {
      delete p.operator.email;
      p.operator.contactUrl = 'https://dala-market.kz/contact';
    });
    expect(validatePolicy(policy)).toEqual([]);
    expect(guardPolicy(policy)).toBe(policy);
    const html = renderPolicy(policy as Policy);
    expect(shownWrong(html)).toEqual([]);
    expect(html).not.toContain('E-mail:');
  });

  it.each(LANGS)('accepts each language file built by policyForLanguage (%s), and the widget shows it in its language', (lang) => {
    const samples = [FIXTURE, ...SAMPLES.map((name) => read(new URL(name, SAMPLES_DIR)))] as unknown as Policy[];
    for (const policy of samples) {
      const file = JSON.parse(JSON.stringify(policyForLanguage(policy, lang)));
      expect(guardPolicy(file)).toBe(file);
      expect(shownWrong(renderPolicy(file, [lang]))).toEqual([]);
    }
  });

  it('accepts a text missing in one or two languages: the widget shows another (data-fallback)', () => {
    expect(refusal(broken((p) => delete p.categories[1].title.ru))).toBeNull();
    expect(refusal(broken((p) => (p.summary = { en: 'We use cookies.' })))).toBeNull();
  });
});

/** Each shape the widget cannot show correctly: the path and what the one message says. */
const CASES: [name: string, input: unknown, path: string, problem: string][] = [
  ['a list', [], '$', 'must be an object { … }'],
  ['text', '{"operator": {}}', '$', 'must be an object { … }'],
  ['no operator', broken((p) => delete p.operator), '$.operator', 'is missing'],
  ['a BIN with a wrong check digit', broken((p) => (p.operator.bin = '180540012344')), '$.operator.bin', 'the check digit is wrong: copy the BIN/IIN from the registration certificate'],
  ['a BIN as a number', broken((p) => (p.operator.bin = 180540012343)), '$.operator.bin', 'must be a BIN/IIN of 12 digits, in quotes'],
  ['a text in no language', broken((p) => (p.categories[1].title = {})), '$.categories[1].title', 'has no text in any language: write { "kk": "…", "ru": "…", "en": "…" }'],
  ['only empty texts', broken((p) => (p.summary = { kk: '', ru: ' ' })), '$.summary', 'has no text in any language: write { "kk": "…", "ru": "…", "en": "…" }'],
  ['a text not given per language', broken((p) => (p.categories[1].title = 'Analytics')), '$.categories[1].title', 'must be text in Kazakh, Russian and English: { "kk": "…", "ru": "…", "en": "…" }'],
  ['a language text that is a number', broken((p) => (p.categories[1].title.ru = 42)), '$.categories[1].title.ru', 'must be text, in quotes'],
  ['categories not a list', broken((p) => (p.categories = {})), '$.categories', 'must be a list [ … ]'],
  ['no categories', broken((p) => (p.categories = [])), '$.categories', 'is an empty list'],
  ['a category id the cookie cannot store', broken((p) => (p.categories[1].id = 'Analytics')), '$.categories[1].id', 'must be an id: lower-case latin letters, digits and "-", e.g. "analytics"'],
  ['a category twice', broken((p) => (p.categories[1].id = 'necessary')), '$.categories[1].id', '"necessary" is the id of an earlier category too'],
  ['no "necessary"', broken((p) => { p.categories.shift(); p.purposes.splice(0, 2); }), '$.categories', 'has no "necessary" category: add { "id": "necessary", … }'],
  ['an unknown category', broken((p) => (p.purposes[2].category = 'marketing')), '$.purposes[2].category', 'names the category "marketing", which $.categories does not list'],
  ['an unknown category in a list', broken((p) => (p.purposes[2].category = ['analytics', 'ads'])), '$.purposes[2].category[1]', 'names the category "ads", which $.categories does not list'],
  ['an empty category list', broken((p) => (p.purposes[2].category = [])), '$.purposes[2].category', 'is an empty list'],
  ['an unknown data category', broken((p) => (p.purposes[0].data[1] = 'phone-number')), '$.purposes[0].data[1]', 'names the data category "phone-number", which $.dataCategories does not list'],
  ['an unknown ground', broken((p) => (p.purposes[0].ground = 'contact')), '$.purposes[0].ground', 'must be one of "consent", "contract", "legal-obligation", "legitimate-interest"'],
  ['a retention of 0', broken((p) => (p.purposes[1].retention.amount = 0)), '$.purposes[1].retention.amount', 'must be a whole number above 0, without quotes'],
  ['an unknown unit', broken((p) => (p.purposes[1].retention.unit = 'months')), '$.purposes[1].retention.unit', 'must be one of "minute", "hour", "day", "month", "year"'],
  ['a rule with no text', broken((p) => (p.purposes[2].retention.rule = null)), '$.purposes[2].retention.rule', 'must be text in Kazakh, Russian and English: { "kk": "…", "ru": "…", "en": "…" }'],
  ['a lifetime in words', broken((p) => (p.categories[1].services[0].cookies[0].lifetime = 'forever')), '$.categories[1].services[0].cookies[0].lifetime', 'must be "session" or { "amount": 1, "unit": "year" }'],
  ['a prefix flag in quotes', broken((p) => (p.categories[1].services[0].cookies[0].prefix = 'false')), '$.categories[1].services[0].cookies[0].prefix', 'must be true or false, without quotes'],
  ['an empty cookie name', broken((p) => (p.categories[1].services[0].cookies[0].name = ' ')), '$.categories[1].services[0].cookies[0].name', 'is empty'],
  ['a country by name', broken((p) => (p.categories[1].services[0].country = 'Russia')), '$.categories[1].services[0].country', 'must be a two-letter country code like "KZ", or "unknown"'],
  ['a country list with a name', broken((p) => (p.recipients[0].country = ['KZ', 'Russia'])), '$.recipients[0].country[1]', 'must be a two-letter country code like "KZ", or "unknown"'],
  ['a service with no cookie list', broken((p) => delete p.categories[1].services[0].cookies), '$.categories[1].services[0].cookies', 'is missing'],
  ['an upcoming date the browser cannot format', broken((p) => (p.upcoming.date = '01.07.2026')), '$.upcoming.date', 'must be a date like "2026-07-01"'],
  ['a revision too odd for the cookie', broken((p) => (p.revision = 'January 2026')), '$.revision', 'must be a revision label like "2026-01" (letters, digits, ".", "-", "_")'],
  ['a format from the future', broken((p) => (p.version = 3)), '$.version', 'must be 2 (or 1): this Kelisim reads formats 1 and 2'],
  ['rights not a list', broken((p) => (p.rights = p.rights[0])), '$.rights', 'must be a list [ … ]'],
  ['a hole in a list', broken((p) => (p.rights = [p.rights[0], , p.rights[1]])), '$.rights[1]', 'must be text in Kazakh, Russian and English: { "kk": "…", "ru": "…", "en": "…" }'],
  ['a language file without the full revision', (() => { const p = policyForLanguage(FIXTURE as unknown as Policy, 'kk') as any; delete p.revision; return p; })(), '$', 'is the "kk" file of a policy without its "revision" or "languages": build it with policyForLanguage() (kelisim build)'],
  ['a language file that does not list its language', { ...policyForLanguage(FIXTURE as unknown as Policy, 'ru'), languages: ['kk'] }, '$', 'is the "ru" file of a policy without its "revision" or "languages": build it with policyForLanguage() (kelisim build)'],
  ['a language file in an unknown language', { ...policyForLanguage(FIXTURE as unknown as Policy, 'kk'), lang: 'kz' }, '$.lang', 'must be one of "kk", "ru", "en"'],
  ['a getter that throws', broken((p) => Object.defineProperty(p, 'rights', { get() { throw new Error('no'); } })), '$', 'cannot be read: give the policy as plain JSON'],
];

describe('guardPolicy on policies the widget cannot show', () => {
  it.each(CASES)('%s: one message with the path', (_, input, path, problem) => {
    expect(refusal(input)).toBe(`${PREFIX}${path}: ${problem}${SUFFIX}`);
    try {
      guardPolicy(input);
    } catch (error) {
      expect(error).toMatchObject({ name: 'PolicyGuardError', path, problem });
    }
  });

  it('every one of these is an error for validatePolicy too', () => {
    for (const [name, input] of CASES) expect(validatePolicy(input).length, name).toBeGreaterThan(0);
  });
});

/** Every path (as a list of keys) to a value inside `value`, the root included. */
function pathsIn(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value)
    ? value.map((v, i) => pathsIn(v, [...at, i]))
    : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => pathsIn(v, [...at, k])) : [];
  return [at, ...children.flat()];
}

/** `policy` with the value at `path` deleted (`value` undefined) or replaced; unchanged when the path is gone. */
function edited(policy: Json, path: (string | number)[], value: Json | undefined): Json {
  if (!path.length) return value ?? policy;
  const copy = structuredClone(policy);
  const parent = path.slice(0, -1).reduce<any>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), copy);
  const key = path.at(-1)!;
  if (!parent || typeof parent !== 'object' || !(key in parent)) return copy;
  if (value !== undefined) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

const BASES: Json[] = [FIXTURE, read(new URL(SAMPLES[0]!, SAMPLES_DIR))];
const wrongValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom('', ' ', 'session', 'unknown', 'necessary', 'analytics', 'KZ', 'RU', 'year', 'consent', '2026-07-01', 0, 1, 2, -1, 1.5, true, [], {}, { en: 'x' }, { kk: 1 }),
);
const editedPolicy = fc
  .constantFrom(...BASES.map((base) => ({ base, paths: pathsIn(base) })))
  .chain(({ base, paths }) => fc.array(fc.tuple(fc.constantFrom(...paths), wrongValue), { minLength: 1, maxLength: 3 })
    .map((edits) => edits.reduce((policy, [path, value]) => edited(policy, path, value), base)));

describe('guardPolicy on every one-place edit of the fixture', () => {
  it('accepts nothing the widget would crash on or show wrong, whichever field is removed or retyped', () => {
    const values: (Json | undefined)[] = [undefined, ' ', 'x', '2026-99-99', 0, {}];
    let shown = 0;
    for (const path of pathsIn(FIXTURE)) {
      for (const value of values) {
        const policy = edited(FIXTURE, path, value);
        if (refusal(policy) !== null) continue;
        // One language each (in turn), so the few thousand renders stay quick.
        const html = renderPolicy(policy as unknown as Policy, [LANGS[shown++ % 3]!]);
        expect(shownWrong(html), `${path.join('.')} = ${JSON.stringify(value)}`).toEqual([]);
      }
    }
    expect(shown).toBeGreaterThan(100);
  }, 120_000);
});

describe('guardPolicy, property tests (seeded)', () => {
  it('throws nothing but its own error, whatever it is given, naming a path', () => {
    const anything = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withTypedArray: true });
    fc.assert(fc.property(fc.oneof(anything, fc.jsonValue(), editedPolicy), (input) => {
      const message = refusal(input);
      if (message !== null) expect(message).toMatch(/^Kelisim: the policy cannot be shown: \$\S*: .+ — check the whole policy with /);
    }), { numRuns: 500, seed: SEED });
  }, 30_000);

  it('accepts every policy validatePolicy accepts, and nothing the widget would crash on or show wrong', () => {
    const seen = { valid: 0, shown: 0, refused: 0 };
    fc.assert(fc.property(editedPolicy, (policy) => {
      const message = refusal(policy);
      if (!validatePolicy(policy).length) {
        seen.valid++;
        expect(message).toBeNull();
      }
      if (message !== null) return void seen.refused++;
      seen.shown++;
      expect(shownWrong(renderPolicy(policy as unknown as Policy))).toEqual([]);
    }), { numRuns: 300, seed: SEED });
    // Every outcome happened, so every half of the property was exercised.
    expect(seen.valid).toBeGreaterThan(10);
    expect(seen.shown - seen.valid).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
    // Each accepted policy is rendered in three languages: seconds on a busy machine.
  }, 60_000);
});
