import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/policy-error';
import { parsePolicy, validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

/** The problems of the sample policy after one change. */
function problemsAfter(change: (p: any) => void) {
  const copy = structuredClone(policy) as any;
  change(copy);
  return validatePolicy(copy);
}

/** Expects exactly these problems: [path, what the message must say]. */
function expectProblems(change: (p: any) => void, ...expected: [string, RegExp][]) {
  const problems = problemsAfter(change);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(expected.length);
  for (const [path, message] of expected) {
    expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  }
}

describe('validatePolicy: the form of each field', () => {
  it('finds nothing wrong with the sample policy', () => {
    expect(validatePolicy(policy)).toEqual([]);
  });

  it.each<[string, (p: any) => void, [string, RegExp][]]>([
    ['a number for text', (p) => { p.operator.email = 42; }, [['$.operator.email', /should be text in quotes, not 42$/]]],
    ['text for a list', (p) => { p.rights = 'all of them'; }, [['$.rights', /should be a list \[ … \], not "all of them"/]]],
    ['null for an object', (p) => { p.authority = null; }, [['$.authority', /should be an object \{ … \}, not null/]]],
    ['a missing field', (p) => { delete p.operator.bin; }, [['$.operator.bin', /required field "bin" is missing — add it, e.g. "bin": "180540012343"/]]],
    ['a misspelt field', (p) => { p.categories[0].titel = p.categories[0].title; delete p.categories[0].title; }, [
      ['$.categories[0].titel', /^unknown field "titel" — did you mean "title"\?$/],
      ['$.categories[0].title', /required field "title" is missing/],
    ]],
    ['a field in the wrong case', (p) => { p.operator.policyURL = 'https://dala-market.kz'; }, [['$.operator.policyURL', /did you mean "policyUrl"\?/]]],
    ['an unknown field', (p) => { p.operator.founded = 2018; }, [['$.operator.founded', /unknown field "founded" — remove it; the fields allowed here are "name", "bin", .*"policyUrl"/]]],
    ['an odd key', (p) => { p.operator['e mail'] = 'x'; }, [['$.operator["e mail"]', /unknown field "e mail"/]]],
    ['a missing language', (p) => { delete p.authority.name.ru; }, [['$.authority.name.ru', /required field "ru" is missing — add the Russian text, e.g. "ru": "…"/]]],
    ['an empty language', (p) => { p.crossBorder.kk = '   '; }, [['$.crossBorder.kk', /is empty — write it in Kazakh/]]],
    ['a language as a number', (p) => { p.localisation.en = 7; }, [['$.localisation.en', /should be text in quotes, not 7/]]],
    ['a misspelt language', (p) => { p.summary.kz = p.summary.kk; delete p.summary.kk; }, [
      ['$.summary.kz', /unknown field "kz" — did you mean "kk"\?/],
      ['$.summary.kk', /"kk" is missing — add the Kazakh text, e.g. "kk": "…"/],
    ]],
    ['one text for all languages', (p) => { p.summary = 'Cookies'; }, [['$.summary', /should be an object with one text per language, \{ "kk": "…", "ru": "…", "en": "…" \}/]]],
    ['a wrong BIN check digit', (p) => { p.operator.bin = '180540012344'; }, [['$.operator.bin', /check digit .* is wrong \(.*the last one would be 3\)/]]],
    ['an 11-digit BIN', (p) => { p.operator.bin = '18054001234'; }, [['$.operator.bin', /write exactly 12 digits \(it has 11\)/]]],
    ['a BIN with letters', (p) => { p.operator.bin = 'БИН 18054001234'; }, [['$.operator.bin', /is not a BIN\/IIN — write exactly 12 digits, as on/]]],
    ['a BIN with spaces', (p) => { p.operator.bin = '180540 012343'; }, [['$.operator.bin', /is not a BIN\/IIN — did you mean "180540012343"\?/]]],
    ['a BIN no check digit can complete', (p) => { p.operator.bin = '150340012420'; }, [['$.operator.bin', /no BIN\/IIN can start with these 11 digits/]]],
    ['a bad e-mail', (p) => { p.operator.email = 'privacy@'; }, [['$.operator.email', /"privacy@" is not an e-mail address — write one like/]]],
    ['a mailto: e-mail', (p) => { p.operator.email = 'mailto:a@b.kz'; }, [['$.operator.email', /is not an e-mail address — did you mean "a@b.kz"\?/]]],
    ['an ftp policy address', (p) => { p.operator.policyUrl = 'ftp://dala-market.kz/privacy'; }, [['$.operator.policyUrl', /is not a web address — .*https:\/\//]]],
    ['a policy address without https://', (p) => { p.operator.policyUrl.en = 'dala-market.kz/en'; }, [['$.operator.policyUrl.en', /is not a web address — did you mean "https:\/\/dala-market.kz\/en"\?/]]],
    ['a policy address as a number', (p) => { p.operator.policyUrl = 5; }, [['$.operator.policyUrl', /should be a web address in quotes, or one per language/]]],
    ['a javascript: authority address', (p) => { p.authority.url = 'javascript:alert(1)'; }, [['$.authority.url', /is not a web address/]]],
    ['a domestic phone number', (p) => { p.operator.phone = '8 (727) 300-00-00'; }, [['$.operator.phone', /not a phone number in international format — did you mean "\+77273000000"\?/]]],
    ['a short phone number', (p) => { p.operator.phone = '300-00-00'; }, [['$.operator.phone', /not a phone number in international format — write "\+", the country code/]]],
    ['a lower-case country', (p) => { p.categories[1].services[0].country = 'ru'; }, [['$.categories[1].services[0].country', /in capitals .* did you mean "RU"\?/]]],
    ['a three-letter country', (p) => { p.recipients[1].country = 'KAZ'; }, [['$.recipients[1].country', /not a two-letter country code .* did you mean "KZ"\?/]]],
    ['a country name', (p) => { p.recipients[0].country = 'Россия'; }, [['$.recipients[0].country', /did you mean "RU"\?/]]],
    ['an id with capitals and spaces', (p) => { p.categories[0].services[0].id = 'Dala Market'; }, [['$.categories[0].services[0].id', /"Dala Market" cannot be an id — did you mean "dala-market"\? Or use lower-case latin letters/]]],
    ['an id starting with a digit', (p) => { p.purposes[1].id = '2-security'; }, [['$.purposes[1].id', /cannot be an id/]]],
    ['an unknown legal ground', (p) => { p.purposes[0].ground = 'agreement'; }, [['$.purposes[0].ground', /"agreement" is not a legal ground — write one of "consent", "contract", "legal-obligation", "legitimate-interest"/]]],
    // One problem: the typo is read as what it most likely means, so "analytics" is not reported as unasked.
    ['a misspelt legal ground', (p) => { p.purposes[2].ground = 'concent'; }, [['$.purposes[2].ground', /did you mean "consent"\?/]]],
    ['a retention of 0 years', (p) => { p.purposes[1].retention.amount = 0; }, [['$.purposes[1].retention.amount', /^is 0 — write a whole number above 0, e.g. 1, 6 or 12$/]]],
    ['a retention of 2.5 months', (p) => { p.purposes[1].retention.amount = 2.5; }, [['$.purposes[1].retention.amount', /^is 2.5 — write a whole number above 0, e.g. 1, 6 or 12$/]]],
    ['a retention amount in quotes', (p) => { p.purposes[1].retention.amount = '3'; }, [['$.purposes[1].retention.amount', /should be a whole number above 0 without quotes, .*not "3"/]]],
    ['a retention unit in plural', (p) => { p.purposes[1].retention.unit = 'months'; }, [['$.purposes[1].retention.unit', /"months" is not a unit of time — did you mean "month"\?/]]],
    ['an empty retention', (p) => { p.purposes[1].retention = {}; }, [
      ['$.purposes[1].retention.amount', /required field "amount" is missing/],
      ['$.purposes[1].retention.unit', /required field "unit" is missing — add it, e.g. "unit": "month"/],
    ]],
    ['a retention with a rule and an amount', (p) => { p.purposes[2].retention.amount = 1; }, [['$.purposes[2].retention', /either "amount" and "unit" .* or a "rule" in words .*— not both/]]],
    ['a retention rule in one language', (p) => { p.purposes[2].retention.rule = 'until withdrawn'; }, [['$.purposes[2].retention.rule', /should be an object with one text per language/]]],
    ['a retention "after" with an empty text', (p) => { p.purposes[0].retention.after.ru = ''; }, [['$.purposes[0].retention.after.ru', /is empty — write it in Russian/]]],
    ['a "consentIn" in one language', (p) => { p.purposes[2].category = 'necessary'; p.categories.pop(); p.purposes[2].consentIn = 'in the form'; }, [['$.purposes[2].consentIn', /should be an object with one text per language/]]],
    ['a retention as text', (p) => { p.purposes[1].retention = '3 months'; }, [['$.purposes[1].retention', /should be a period like \{ "amount": 3, "unit": "year" \} or a rule/]]],
    ['a lifetime in words', (p) => { p.categories[0].services[0].cookies[1].lifetime = 'until closed'; }, [['$.categories[0].services[0].cookies[1].lifetime', /should be "session" .*, not "until closed"/]]],
    ['a lifetime in days as a number', (p) => { p.categories[0].services[0].cookies[0].lifetime = 182; }, [['$.categories[0].services[0].cookies[0].lifetime', /should be "session" .* or a duration .*, not 182/]]],
    ['a lifetime in weeks', (p) => { p.categories[1].services[0].cookies[2].lifetime.unit = 'week'; }, [['$.categories[1].services[0].cookies[2].lifetime.unit', /"week" is not a unit of time/]]],
    ['a cookie name with a space', (p) => { p.categories[0].services[0].cookies[0].name = 'kelisim consent'; }, [['$.categories[0].services[0].cookies[0].name', /cannot be a cookie name/]]],
    ['a cookie path without "/"', (p) => { p.categories[0].services[0].cookies[0].path = 'shop'; }, [['$.categories[0].services[0].cookies[0].path', /starting with "\/"/]]],
    ['a prefix flag in quotes', (p) => { p.categories[1].services[0].cookies[2].prefix = 'true'; }, [['$.categories[1].services[0].cookies[2].prefix', /should be true or false \(without quotes\), not "true"/]]],
    ['a revision with spaces', (p) => { p.revision = '2026 January'; }, [['$.revision', /"2026 January" cannot be a revision — use up to 64 latin letters/]]],
    ['a 65-character revision', (p) => { p.revision = 'r'.repeat(65); }, [['$.revision', /cannot be a revision/]]],
    ['an impossible date', (p) => { p.effective = '2026-02-30'; }, [['$.effective', /"2026-02-30" is not a real date/]]],
    ['a date written DD.MM.YYYY', (p) => { p.effective = '15.01.2026'; }, [['$.effective', /not a real date in the form YYYY-MM-DD — did you mean "2026-01-15"\?/]]],
    ['a date in words', (p) => { p.upcoming.date = 'July 2026'; }, [['$.upcoming.date', /not a real date in the form YYYY-MM-DD — write .* e.g./]]],
    ['an empty list of rights', (p) => { p.rights = []; }, [['$.rights', /is empty — add at least one entry/]]],
    ['a service name left empty', (p) => { p.categories[1].services[0].name = ' '; }, [['$.categories[1].services[0].name', /is empty — fill it in/]]],
  ])('reports %s', (_, change, expected) => expectProblems(change, ...expected));
});

describe('validatePolicy: the whole policy', () => {
  it('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((p) => {
      p.operator.bin = '180540012344';
      p.operator.email = 'privacy at dala-market.kz';
      p.categories[1].services[0].country = 'Russia';
      p.purposes[0].retention.unit = 'years';
      delete p.localisation;
      p.dataCategories[4].titel = 'Cookie';
    });
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      '$.categories[1].services[0].country',
      '$.dataCategories[4].titel',
      '$.localisation',
      '$.operator.bin',
      '$.operator.email',
      '$.purposes[0].retention.unit',
    ]);
  });

  it('explains text given instead of the parsed policy', () => {
    expect(validatePolicy(JSON.stringify(policy))).toEqual([
      expect.objectContaining({ path: '$', code: 'policy-is-text', message: expect.stringMatching(/not text — .*JSON\.parse/) }),
    ]);
  });

  it('never throws, and always says where and what, whatever it is given', () => {
    const cyclic: any = structuredClone(policy);
    cyclic.operator.name = cyclic;
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    const getter = Object.defineProperty({}, 'operator', { enumerable: true, get: () => { throw new Error('no'); } });
    const odd: unknown[] = [
      null, undefined, 0, NaN, -1, '', true, [], [policy], {}, Symbol('x'), () => policy, 10n, new Date(),
      Object.create(null), cyclic, hostile, getter, new Map([['operator', 1]]),
      { operator: null, categories: [null, 1, 'x', [], { services: [null, { cookies: [null, { lifetime: null }] }] }] },
      { purposes: [{ data: 'email', retention: { rule: null, amount: 'x' }, ground: 1, category: [] }], rights: [null, 'x'] },
      { categories: { length: 3 }, upcoming: { revision: {}, date: 5 }, revision: 5, effective: [] },
      { constructor: 1, toString: 2, __proto__: null, hasOwnProperty: 3 },
    ];
    for (const value of odd) {
      const problems = validatePolicy(value);
      expect(problems.length, String(typeof value)).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.path).toMatch(/^\$/);
        expect(problem.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('never throws when any part of the sample policy is replaced by junk', () => {
    let seed = 94;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const junk = [null, 42, -1, 0.5, '', ' ', 'A b', [], [null], {}, { kk: '' }, true, 'session', '2026-13-40'];
    for (let round = 0; round < 500; round++) {
      const copy: any = structuredClone(policy);
      let node = copy;
      for (let depth = 0; depth < 6 && typeof node === 'object' && node !== null; depth++) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[random(keys.length)]!;
        if (random(3) === 0 || typeof node[key] !== 'object') {
          node[key] = junk[random(junk.length)];
          break;
        }
        node = node[key];
      }
      expect(() => validatePolicy(copy)).not.toThrow();
    }
  });
});

describe('parsePolicy and PolicyError', () => {
  it('returns a valid policy as it is', () => {
    expect(parsePolicy(policy)).toBe(policy);
  });

  it('throws one PolicyError that lists every problem with its path', () => {
    const broken: any = structuredClone(policy);
    broken.operator.bin = '18054001234';
    delete broken.rights;
    let error: unknown;
    try {
      parsePolicy(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toBeInstanceOf(Error);
    const { problems, message, name } = error as PolicyError;
    expect(name).toBe('PolicyError');
    expect(problems.map((problem) => problem.path)).toEqual(['$.operator.bin', '$.rights']);
    expect(message).toBe(
      `Kelisim: the policy has 2 problems:\n- $.operator.bin: ${problems[0]!.message}\n- $.rights: ${problems[1]!.message}`,
    );
  });

  it('says "1 problem" for one', () => {
    expect(() => parsePolicy({ ...policy, revision: 'no spaces please' })).toThrow(/^Kelisim: the policy has 1 problem:\n- \$\.revision: /);
  });
});
