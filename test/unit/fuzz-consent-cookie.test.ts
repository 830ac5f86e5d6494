// Property tests: whatever a visitor's browser holds in its cookies, reading it never throws and
// never grants a category the visitor did not choose on today's policy.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeDecision, encodeDecision } from '../../src/core/consent-cookie';
import type { ConsentDecision } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';

const REVISION = '2026-01';
const CATEGORIES = ['analytics', 'marketing'];
/** Every id a test asks about: the policy's, one it does not have, and necessary. */
const ASKED = [...CATEGORIES, 'functional', 'necessary'];
const DAY = 864e5;
/** Fixed, so every run checks the same cases: a failure is reproduced by running the file again. */
const SEED = 94_2013;

/**
 * A stand-in for `document.cookie` with a browser's contract: reading gives the header `a=b; c=d`;
 * writing sets (or, when expired, deletes) one cookie and keeps the others, in their order.
 */
function cookieJar(header = '') {
  const split = (pair: string) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const;
  let jar: Map<string, string> | undefined;
  return {
    get cookie() {
      return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : header;
    },
    set cookie(line: string) {
      jar ??= new Map(header.split('; ').filter((pair) => pair.includes('=')).map(split));
      const [pair = '', ...attributes] = line.split('; ');
      const [name, value] = split(pair);
      if (attributes.some((a) => a.startsWith('expires=') && Date.parse(a.slice(8)) < Date.now())) jar.delete(name);
      else jar.set(name, value);
    },
  };
}
afterEach(() => vi.unstubAllGlobals());

/** The documented format, restated: `1|revision|categories|granted|time36|uuid4|lang|method letter`. */
const FORMAT =
  /^1\|([^|]+)\|((?:[a-z][a-z0-9-]*)(?:\.[a-z][a-z0-9-]*)*)?\|((?:[a-z][a-z0-9-]*)(?:\.[a-z][a-z0-9-]*)*)?\|([0-9a-z]+)\|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\|(?:kk|ru|en)\|[arcg]$/;

/** Whether the cookie value `raw` is a decision on today's policy, still in force, granting `id`. */
function grants(raw: string, id: string): boolean {
  const match = FORMAT.exec(raw);
  if (!match) return false;
  const [, revision, categories = '', granted = '', time = ''] = match;
  const cats = categories ? categories.split('.') : [];
  const decidedAt = parseInt(time, 36);
  return (
    revision === encodeURIComponent(REVISION) &&
    cats.length === CATEGORIES.length &&
    CATEGORIES.every((c) => cats.includes(c)) &&
    granted.split('.').includes(id) &&
    decidedAt <= Date.now() + 5 * 60_000 &&
    Date.now() - decidedAt <= 182 * DAY
  );
}

/** The values of every `kelisim` cookie in a header, raw and percent-decoded as js-cookie reads them. */
function kelisimValues(header: string): string[] {
  return header.split('; ').flatMap((pair) => {
    if (!pair.startsWith('kelisim=')) return [];
    let value = pair.slice('kelisim='.length);
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return [value, value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)];
    } catch {
      return [value];
    }
  });
}

/** A decision as the visitor made it on today's policy (or on another, now and then). */
const decisionArb: fc.Arbitrary<ConsentDecision> = fc.record({
  categories: fc.oneof(fc.constant(CATEGORIES), fc.subarray([...CATEGORIES, 'functional', 'ads'])),
  revision: fc.oneof(fc.constant(REVISION), fc.string({ minLength: 1, maxLength: 12 })),
  decidedAt: fc.oneof(fc.integer({ min: -400, max: 10 }).map((days) => Date.now() + days * DAY), fc.integer({ min: 0, max: 2 ** 45 })),
  id: fc.uuid({ version: 4 }),
  lang: fc.constantFrom('kk' as const, 'ru' as const, 'en' as const),
  method: fc.constantFrom('accept-all' as const, 'reject-all' as const, 'custom' as const, 'gpc' as const),
  granted: fc.constant([] as string[]),
}).chain((d) => fc.subarray(d.categories).map((granted) => ({ ...d, granted })));

/** Damage of the kind cookies suffer: cut short, a character lost, added or changed, fields shuffled. */
const damaged = (value: string) =>
  fc.oneof(
    fc.nat(value.length - 1).map((n) => value.slice(0, n)),
    fc.nat(value.length - 1).map((n) => value.slice(0, n) + value.slice(n + 1)),
    fc.tuple(fc.nat(value.length), fc.string({ minLength: 1, maxLength: 3 })).map(([n, s]) => value.slice(0, n) + s + value.slice(n)),
    fc.tuple(fc.nat(value.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([n, s]) => value.slice(0, n) + s + value.slice(n + 1)),
    fc.shuffledSubarray(value.split('|'), { minLength: value.split('|').length }).map((f) => f.join('|')),
    fc.constant(encodeURIComponent(value)),
    fc.constant(`"${value}"`),
    fc.constant(value + 'x'.repeat(1100)),
  );

/** A cookie value: pure noise, a real decision, or a damaged one. */
const valueArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  decisionArb.map(encodeDecision),
  decisionArb.map(encodeDecision).chain(damaged),
);

/** A whole `document.cookie` header: other cookies, and zero, one or several `kelisim` ones. */
const headerArb = fc
  .array(fc.oneof(valueArb.map((v) => `kelisim=${v}`), fc.string({ maxLength: 30 })), { maxLength: 4 })
  .map((pairs) => pairs.join('; '));

/** Headers that surely hold a decision in force on today's policy: the positive cases every run checks. */
const CURRENT_HEADERS = [['analytics'], ['marketing'], ['analytics', 'marketing']].map((granted) =>
  `_ym_uid=17; kelisim=${encodeDecision({
    categories: CATEGORIES,
    revision: REVISION,
    decidedAt: Date.now() - DAY,
    id: '3f1c2b7a-5d4e-4f60-9a8b-0c1d2e3f4a5b',
    lang: 'kk',
    method: 'custom',
    granted,
  })}`,
);

// Seeded runs of a few hundred cases: CPU-bound, so on a loaded 2-core CI machine they get 60 s, not 5.
describe('decodeDecision on arbitrary input', { timeout: 60_000 }, () => {
  it('never throws, and never reads a cut-short decision as one', () => {
    fc.assert(
      fc.property(decisionArb, fc.nat(), (d, cut) => {
        const value = encodeDecision(d);
        expect(decodeDecision(value.slice(0, cut % value.length))).toBeNull();
      }),
      { seed: SEED },
    );
  });

  it('never grants more than the value says, whatever damage it took', () => {
    fc.assert(
      fc.property(valueArb, (raw) => {
        const d = decodeDecision(raw);
        if (!d) return;
        expect(FORMAT.test(raw)).toBe(true);
        expect(d.granted.every((id) => d.categories.includes(id) && raw.split('|')[3]!.split('.').includes(id))).toBe(true);
      }),
      { seed: SEED },
    );
  });
});

describe('createConsent over an arbitrary cookie header', { timeout: 60_000 }, () => {
  it('never throws, and grants only what a well-formed, current decision in the header grants', () => {
    let granting = 0;
    fc.assert(
      fc.property(headerArb, (header) => {
        vi.stubGlobal('document', cookieJar(header));
        const consent = createConsent({ revision: REVISION, categories: CATEGORIES });
        for (const id of ASKED) {
          if (id === 'necessary' || !consent.has(id)) continue;
          granting++;
          expect(kelisimValues(header).some((value) => grants(value, id)), `${id} granted by ${JSON.stringify(header)}`).toBe(true);
        }
        const d = consent.get();
        if (d) expect(d.granted.every((id) => CATEGORIES.includes(id))).toBe(true);
      }),
      // The examples hold a decision in force, so the granting branch runs whatever the generator makes.
      { numRuns: 300, seed: SEED, examples: CURRENT_HEADERS.map((header) => [header]) },
    );
    // Not vacuous: some headers did hold a decision in force.
    expect(granting).toBeGreaterThan(0);
  });

  it('grants exactly what the visitor chose, to the next page too', () => {
    fc.assert(
      fc.property(headerArb, fc.subarray(CATEGORIES), (header, chosen) => {
        const jar = cookieJar(header);
        vi.stubGlobal('document', jar);
        createConsent({ revision: REVISION, categories: CATEGORIES }).set(chosen);
        const next = createConsent({ revision: REVISION, categories: CATEGORIES });
        for (const id of ASKED) expect(next.has(id), id).toBe(id === 'necessary' || chosen.includes(id));
      }),
      { seed: SEED },
    );
  });
});
