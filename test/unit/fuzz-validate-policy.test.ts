// Property tests: validation never throws out of the API, whatever it is given, and a policy it
// lets through can only ever grant the categories a visitor chose.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core/create-consent';
import { PolicyError } from '../../src/core/policy-error';
import type { Policy, PolicyProblem } from '../../src/core/policy-types';
import { parsePolicy, validatePolicy } from '../../src/core/validate-policy';

const VALID: Policy = JSON.parse(readFileSync(new URL('../fixtures/policy.json', import.meta.url), 'utf8'));
/** Fixed, so every run checks the same cases (and the counts below are the same on every machine). */
const SEED = 94_2013;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Problems as the API promises them: a JSON path from `$` and a message for people. */
function expectWellFormed(problems: PolicyProblem[]): void {
  expect(Array.isArray(problems)).toBe(true);
  for (const problem of problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(typeof problem.message === 'string' && problem.message.length > 0).toBe(true);
  }
}

/** `parsePolicy` agrees with `validatePolicy`: the input back when valid, else one PolicyError with the same problems. */
function expectParseAgrees(input: unknown, problems: PolicyProblem[]): void {
  if (problems.length === 0) {
    expect(parsePolicy(input)).toBe(input);
    return;
  }
  try {
    parsePolicy(input);
    expect.unreachable('parsePolicy accepted a policy with problems');
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).problems).toEqual(problems);
  }
}

/** Every path (as a list of keys) to a value inside `value`, the root included. */
function pathsIn(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value)
    ? value.map((v, i) => pathsIn(v, [...at, i]))
    : value && typeof value === 'object'
      ? Object.entries(value).map(([k, v]) => pathsIn(v, [...at, k]))
      : [];
  return [at, ...children.flat()];
}

/** One edit a hand-written policy might suffer. */
type Edit = { path: (string | number)[]; kind: 'delete' | 'replace' | 'duplicate'; value: Json };

/** A copy of `policy` with `edit` applied; unchanged when an earlier edit removed its place. */
function applyEdit(policy: Json, { path, kind, value }: Edit): Json {
  const copy = structuredClone(policy);
  if (path.length === 0) return kind === 'replace' ? value : copy;
  const parent = path.slice(0, -1).reduce<any>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), copy);
  const key = path.at(-1)!;
  if (!parent || typeof parent !== 'object' || !(key in parent)) return copy;
  if (kind === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else if (kind === 'duplicate' && Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
  else parent[key] = value;
  return copy;
}

const PATHS = pathsIn(VALID as unknown as Json);
/** A plausible wrong value: another type, an empty or odd text, a number, a look-alike id. */
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom('', ' ', 'analytics', 'marketing', 'necessary', 'KZ', 'RU', '180540012343', '2026-13-45', 'javascript:alert(1)', 0, -1, 1.5),
  fc.string({ maxLength: 20 }),
);
const editArb: fc.Arbitrary<Edit> = fc.record({
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('delete' as const, 'replace' as const, 'duplicate' as const),
  value: wrongValue,
});

afterEach(() => vi.unstubAllGlobals());

// Seeded runs of a few hundred cases: CPU-bound, so on a loaded 2-core CI machine they get 60 s, not 5.
describe('validatePolicy on arbitrary input', { timeout: 60_000 }, () => {
  it('never throws on any value, and reports problems with a path and a message', () => {
    const anything = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withTypedArray: true });
    fc.assert(
      fc.property(anything, (input) => {
        const problems = validatePolicy(input);
        expectWellFormed(problems);
        expectParseAgrees(input, problems);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('never throws on any JSON, and never finds it valid unless it has the policy\'s required parts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const problems = validatePolicy(input);
        expectWellFormed(problems);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

describe('validatePolicy on edited valid policies', { timeout: 60_000 }, () => {
  it('never throws; a policy it accepts grants nothing before a decision and exactly the chosen categories after', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.context(), (edits, ctx) => {
        const policy = edits.reduce(applyEdit, VALID as unknown as Json);
        const problems = validatePolicy(policy);
        expectWellFormed(problems);
        expectParseAgrees(policy, problems);
        if (problems.length > 0) {
          seen.invalid++;
          return;
        }
        seen.valid++;
        const valid = policy as unknown as Policy;
        const ids = valid.categories.map((c) => c.id).filter((id) => id !== 'necessary');
        ctx.log(`valid with categories ${ids.join(', ')}`);
        let cookie = '';
        vi.stubGlobal('document', { get cookie() { return cookie; }, set cookie(line: string) { cookie = line.split('; ')[0]!; } });
        const before = createConsent({ policy: valid });
        for (const id of [...ids, 'marketing', 'ads']) expect(before.has(id)).toBe(false);
        const chosen = ids.filter((_, i) => i % 2 === 0);
        before.set(chosen);
        const after = createConsent({ policy: valid });
        for (const id of [...ids, 'marketing', 'ads']) expect(after.has(id), id).toBe(chosen.includes(id));
      }),
      { numRuns: 400, seed: SEED },
    );
    // Both outcomes happened, so both halves of the property were exercised.
    expect(seen.valid).toBeGreaterThan(10);
    expect(seen.invalid).toBeGreaterThan(10);
  });
});
