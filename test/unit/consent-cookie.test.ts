// @vitest-environment jsdom
import Cookies from 'js-cookie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeDecision, encodeDecision } from '../../src/core/consent-cookie';
import { createConsentStorage } from '../../src/core/consent-storage';
import type { ConsentDecision } from '../../src/core/consent-types';
import { resolveConsentConfig } from '../../src/core/resolve-consent-config';

const decision: ConsentDecision = {
  granted: ['analytics'],
  services: [],
  categories: ['analytics', 'marketing', 'functional'],
  revision: '2025-03',
  decidedAt: Date.UTC(2025, 2, 1, 9, 30),
  id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  lang: 'kk',
  method: 'custom',
};
const good = encodeDecision(decision);
/** The good value with field `i` replaced. */
const withField = (i: number, value: string) => good.split('|').map((f, j) => (j === i ? value : f)).join('|');

describe('decision cookie codec', () => {
  it('round-trips a decision in a compact value', () => {
    expect(good).toBe(`1|2025-03|analytics.marketing.functional|analytics|${decision.decidedAt.toString(36)}|${decision.id}|kk|c`);
    expect(decodeDecision(good)).toEqual(decision);
  });

  it.each<ConsentDecision>([
    { ...decision, granted: [], categories: [], method: 'gpc', lang: 'en' },
    { ...decision, granted: ['analytics', 'marketing', 'functional'], method: 'accept-all', lang: 'ru' },
    { ...decision, granted: [], method: 'reject-all', revision: 'v 2 | «жаңа»', decidedAt: 0 },
  ])('round-trips %o', (d) => {
    const raw = encodeDecision(d);
    expect(raw.split('|')).toHaveLength(8);
    expect(decodeDecision(raw)).toEqual(d);
  });

  it('stays well under 1 KB for a realistic policy', () => {
    const many = { ...decision, categories: Array.from({ length: 8 }, (_, i) => `category-${i}`), granted: ['category-1'] };
    expect(encodeDecision(many).length).toBeLessThan(300);
  });

  it.each<[string, string | undefined]>([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'hello world'],
    ['JSON from another tool', '{"necessary":true,"analytics":true}'],
    ['truncated', good.slice(0, good.length - 10)],
    ['cut at a field boundary', good.split('|').slice(0, 7).join('|')],
    ['an extra field', good + '|x'],
    ['wrong version', withField(0, '2')],
    ['empty revision', withField(1, '')],
    ['revision not as encoded', withField(1, 'a%2')],
    ['a bad category id', withField(2, 'analytics.Marketing')],
    ['an empty category id', withField(2, 'analytics..marketing')],
    ['a repeated category', withField(2, 'analytics.analytics')],
    ['granted outside the categories (tampered)', withField(3, 'analytics.ads')],
    ['a repeated grant', withField(3, 'analytics.analytics')],
    ['a non-number time', withField(4, 'zz!')],
    ['a time with a leading zero', withField(4, '0' + decision.decidedAt.toString(36))],
    ['an upper-case time', withField(4, decision.decidedAt.toString(36).toUpperCase())],
    ['a negative time', withField(4, '-1')],
    ['a huge time', withField(4, 'zzzzzzzzzzzzzzz')],
    ['a bad uuid', withField(5, 'not-a-uuid')],
    ['a uuid that is not v4', withField(5, '1b4e28ba-2fa1-11d2-883f-0016d3cca427')],
    ['an unknown language', withField(6, 'de')],
    ['an unknown method', withField(7, 'x')],
    ['a method from the prototype', withField(7, 'toString')],
    ['a huge value', withField(1, 'r'.repeat(2100))],
  ])('rejects %s', (_, raw) => {
    expect(decodeDecision(raw)).toBeNull();
  });

  it('round-trips any well-formed decision', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    const arbitrary = fc.uniqueArray(id, { maxLength: 6 }).chain((categories) =>
      fc.record({
        categories: fc.constant(categories),
        granted: fc.subarray(categories),
        services: fc.uniqueArray(id, { maxLength: 8 }),
        revision: fc.string({ minLength: 1, maxLength: 40 }),
        decidedAt: fc.integer({ min: 0, max: 2 ** 45 }),
        id: fc.uuid({ version: 4 }),
        lang: fc.constantFrom('kk' as const, 'ru' as const, 'en' as const),
        method: fc.constantFrom('accept-all' as const, 'reject-all' as const, 'custom' as const, 'gpc' as const),
      }),
    );
    fc.assert(
      fc.property(arbitrary, (d) => {
        expect(decodeDecision(encodeDecision(d))).toEqual(d);
      }),
    );
  });

  it('never throws, and whatever it accepts is exactly what encode writes', () => {
    const field = fc.string({ maxLength: 20 });
    const candidate = fc.oneof(fc.string(), fc.array(field, { minLength: 8, maxLength: 8 }).map((f) => ['1', ...f.slice(1)].join('|')));
    fc.assert(
      fc.property(candidate, (raw) => {
        const d = decodeDecision(raw);
        if (d) expect(encodeDecision(d)).toBe(raw);
      }),
    );
  });
});

describe('decision cookie storage', () => {
  const clear = () => document.cookie.split('; ').forEach((c) => (document.cookie = c.split('=')[0] + '=; path=/; max-age=0'));
  // A domain other than jsdom's localhost is not stored, and says so (test/unit/consent-writes.test.ts).
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => {
    clear();
    vi.restoreAllMocks();
  });

  /** Every string written to document.cookie while `fn` runs. */
  function writes(fn: () => void): string[] {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    const seen: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
      seen.push(v);
      desc.set!.call(document, v);
    });
    fn();
    return seen;
  }

  it('writes, reads and removes the named cookie on / with SameSite=Lax for 182 days', () => {
    const storage = createConsentStorage(resolveConsentConfig({ revision: 'r', categories: [] }).cookie);
    const [written] = writes(() => storage.write(good));
    expect(written).toMatch(/^kelisim=1\|2025-03\|/);
    expect(written).toContain('; path=/');
    expect(written).toContain('; sameSite=Lax');
    expect(written).not.toMatch(/secure|domain/i);
    const expires = new Date(/expires=([^;]+)/.exec(written!)![1]!).getTime();
    expect(Math.round((expires - Date.now()) / 864e5)).toBe(182);
    expect(storage.read()).toBe(good);
    expect(document.cookie).toContain('kelisim=');
    storage.remove();
    expect(storage.read()).toBeUndefined();
  });

  it('uses the configured name, domain, lifetime and Secure flag', () => {
    const cookie = resolveConsentConfig({ revision: 'r', categories: [], cookie: { name: 'consent', domain: 'example.kz', days: 30, secure: true } }).cookie;
    const [written] = writes(() => createConsentStorage(cookie).write('x'));
    expect(written).toMatch(/^consent=x; /);
    expect(written).toContain('; domain=example.kz');
    expect(written).toContain('; secure');
    const expires = new Date(/expires=([^;]+)/.exec(written!)![1]!).getTime();
    expect(Math.round((expires - Date.now()) / 864e5)).toBe(30);
  });

  it('leaves the js-cookie defaults alone', () => {
    const before = { ...Cookies.attributes };
    createConsentStorage(resolveConsentConfig({ revision: 'r', categories: [], cookie: { domain: 'example.kz' } }).cookie).write('x');
    expect(Cookies.attributes).toEqual(before);
    expect(Cookies.attributes).not.toHaveProperty('sameSite');
  });
});
