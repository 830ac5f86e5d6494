// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeDecision, encodeDecision } from '../../src/core/consent-cookie';
import type { ConsentConfig, ConsentDecision, ConsentEvents } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';
import { privacySignal } from '../../src/core/privacy-signals';
import type { Policy } from '../../src/core/policy-types';
import { policyRevision } from '../../src/core/revision';
import policyJson from '../fixtures/policy.json';

const CONFIG: ConsentConfig = { revision: '2025-03', categories: ['analytics', 'marketing'] };
const DAY = 864e5;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The stored decision, decoded. */
const stored = () => decodeDecision(/(?:^|; )kelisim=([^;]*)/.exec(document.cookie)?.[1]?.replace(/%7C/gi, '|'));
/** Store a decision as another tab (or an earlier visit) would have. */
function storeRaw(over: Partial<ConsentDecision> = {}): ConsentDecision {
  const d: ConsentDecision = {
    granted: ['analytics'],
    services: [],
    categories: ['analytics', 'marketing'],
    revision: '2025-03',
    decidedAt: Date.now() - DAY,
    id: crypto.randomUUID(),
    lang: 'ru',
    method: 'custom',
    ...over,
  };
  document.cookie = `kelisim=${encodeDecision(d)}; path=/`;
  return d;
}

/** Every event an instance reports, through `on()` and on `window`, in order. */
function record(consent: ReturnType<typeof createConsent>) {
  const calls: [string, unknown][] = [];
  const dom: [string, unknown][] = [];
  for (const name of ['ready', 'consent', 'change'] as const) {
    consent.on(name, (detail: ConsentEvents[typeof name]) => calls.push([name, detail]));
    const onDom = (e: Event) => dom.push([name, (e as CustomEvent).detail]);
    window.addEventListener('kelisim:' + name, onDom);
    removers.push(() => window.removeEventListener('kelisim:' + name, onDom));
  }
  return { calls, dom };
}
let removers: (() => void)[] = [];

beforeEach(() => {
  document.cookie = 'kelisim=; path=/; max-age=0';
});
afterEach(() => {
  removers.forEach((r) => r());
  removers = [];
  vi.restoreAllMocks();
});

describe('createConsent: reading', () => {
  it('asks when nothing is stored; necessary is always granted', () => {
    const consent = createConsent(CONFIG);
    expect(consent.get()).toBeNull();
    expect(consent.has('necessary')).toBe(true);
    expect(consent.has('analytics')).toBe(false);
    expect(consent.revision).toBe('2025-03');
    expect(consent.categories).toEqual(['analytics', 'marketing']);
  });

  it('takes the revision and optional categories from a policy', () => {
    const policy = policyJson as Policy;
    const consent = createConsent({ policy });
    expect(consent.revision).toBe('2026-01');
    expect(consent.categories).toEqual(['analytics']);
    const { revision, ...unrevised } = policy;
    expect(createConsent({ policy: unrevised }).revision).toBe(policyRevision(unrevised));
    expect(createConsent({ policy: unrevised }).revision).toMatch(/^h/);
  });

  it('keeps a stored decision while the policy is unchanged', () => {
    const d = storeRaw();
    const consent = createConsent(CONFIG);
    expect(consent.get()).toEqual(d);
    expect(consent.has('analytics')).toBe(true);
    expect(consent.has('marketing')).toBe(false);
  });

  it('accepts a decision a little in the future (clock skew)', () => {
    storeRaw({ decidedAt: Date.now() + 4 * 60_000 });
    expect(createConsent(CONFIG).get()).not.toBeNull();
  });

  it.each<[string, () => void, ConsentConfig?]>([
    ['garbage', () => (document.cookie = 'kelisim=garbage; path=/')],
    ['a tampered grant', () => (document.cookie = `kelisim=${encodeDecision(storeRaw()).replace('|analytics|', '|analytics.ads|')}; path=/`)],
    ['a timestamp in the future', () => storeRaw({ decidedAt: Date.now() + 10 * 60_000 })],
    ['a decision older than the cookie lifetime', () => storeRaw({ decidedAt: Date.now() - 183 * DAY })],
    ['a decision older than a shorter configured lifetime', () => storeRaw({ decidedAt: Date.now() - 31 * DAY }), { ...CONFIG, cookie: { days: 30 } }],
    ['another revision', () => storeRaw({ revision: '2024-12' })],
    ['a category the policy no longer has', () => storeRaw({ categories: ['analytics', 'marketing', 'ads'], granted: ['ads'] })],
    ['a category added to the policy since', () => storeRaw({ categories: ['analytics'] })],
  ])('asks again after %s', (_, arrange, config = CONFIG) => {
    arrange();
    const consent = createConsent(config);
    expect(consent.get()).toBeNull();
    expect(consent.has('analytics')).toBe(false);
    expect(consent.has('ads')).toBe(false);
  });

  it('treats a decision as gone once it outlives the cookie, even mid-session', () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    storeRaw({ decidedAt: Date.now() - 182 * DAY + 1000 });
    const consent = createConsent(CONFIG);
    expect(consent.has('analytics')).toBe(true);
    vi.setSystemTime(Date.now() + 2000);
    expect(consent.has('analytics')).toBe(false);
    vi.useRealTimers();
  });

  it('explains a missing revision', () => {
    expect(() => createConsent({ categories: ['analytics'] })).toThrow(/needs `policy`, or `revision` together with `categories`/);
  });
});

describe('createConsent: deciding', () => {
  it('acceptAll stores every optional category and reports consent then change', async () => {
    const consent = createConsent({ ...CONFIG, lang: 'en' });
    const { calls, dom } = record(consent);
    const d = consent.acceptAll();
    expect(d).toMatchObject({ granted: ['analytics', 'marketing'], categories: ['analytics', 'marketing'], revision: '2025-03', lang: 'en', method: 'accept-all' });
    expect(d.id).toMatch(UUID_V4);
    expect(Math.abs(d.decidedAt - Date.now())).toBeLessThan(1000);
    expect(stored()).toEqual(d);
    expect(consent.get()).toEqual(d);
    const change = { decision: d, previous: null, granted: ['analytics', 'marketing'], revoked: [], grantedServices: [], revokedServices: [] };
    expect(calls).toEqual([['consent', d], ['change', change]]);
    expect(dom).toEqual(calls);
    await Promise.resolve();
  });

  it('rejectAll grants nothing', () => {
    const consent = createConsent(CONFIG);
    const d = consent.rejectAll();
    expect(d).toMatchObject({ granted: [], method: 'reject-all' });
    expect(stored()).toEqual(d);
    expect(consent.has('analytics')).toBe(false);
  });

  it('set takes an array of ids or a map, ignoring necessary', () => {
    const consent = createConsent(CONFIG);
    expect(consent.set(['marketing', 'necessary'])).toMatchObject({ granted: ['marketing'], method: 'custom' });
    expect(stored()?.granted).toEqual(['marketing']);
    expect(consent.set({ analytics: true, marketing: false, necessary: false })).toMatchObject({ granted: ['analytics'] });
    expect(stored()?.granted).toEqual(['analytics']);
    expect(consent.has('necessary')).toBe(true);
  });

  it('set refuses an unknown category, storing and reporting nothing', () => {
    const consent = createConsent(CONFIG);
    const { calls } = record(consent);
    expect(() => consent.set({ analytcs: true })).toThrow('unknown consent category "analytcs"; this policy has: analytics, marketing');
    expect(stored()).toBeNull();
    expect(calls).toEqual([]);
  });

  it('every decision gets a fresh consent id', async () => {
    const consent = createConsent(CONFIG);
    const first = consent.acceptAll().id;
    // The same choice again in a later task is a new decision (in the same task it is the same one).
    await new Promise((resolve) => setTimeout(resolve));
    expect(consent.acceptAll().id).not.toBe(first);
  });

  it('withdraw revokes what was granted', () => {
    const consent = createConsent(CONFIG);
    const before = consent.set(['analytics']);
    const { calls } = record(consent);
    const d = consent.withdraw();
    expect(d).toMatchObject({ granted: [], categories: ['analytics', 'marketing'], method: 'custom' });
    expect(stored()).toEqual(d);
    expect(calls).toEqual([['consent', d], ['change', { decision: d, previous: before, granted: [], revoked: ['analytics'], grantedServices: [], revokedServices: [] }]]);
  });

  it('reset forgets the decision and reports a change but no consent', () => {
    const consent = createConsent(CONFIG);
    const before = consent.acceptAll();
    const { calls, dom } = record(consent);
    consent.reset();
    expect(document.cookie).not.toContain('kelisim=');
    expect(consent.get()).toBeNull();
    const change = { decision: null, previous: before, granted: [], revoked: ['analytics', 'marketing'], grantedServices: [], revokedServices: [] };
    expect(calls).toEqual([['change', change]]);
    expect(dom).toEqual(calls);
  });

  it('setLang changes the language recorded next, and refuses an unknown one', () => {
    const consent = createConsent(CONFIG);
    expect(consent.acceptAll().lang).toBe('kk');
    consent.setLang('ru');
    expect(consent.rejectAll().lang).toBe('ru');
    expect(() => consent.setLang('de' as 'ru')).toThrow('unknown language "de"');
  });

  it('setLang to another language reports `language` (callback and kelisim:language), the same one nothing', () => {
    const consent = createConsent(CONFIG);
    const heard: string[] = [];
    const dom: string[] = [];
    const onDom = (e: Event) => dom.push((e as CustomEvent<{ lang: string }>).detail.lang);
    window.addEventListener('kelisim:language', onDom);
    consent.on('language', ({ lang }) => heard.push(lang));
    consent.setLang('kk');
    consent.setLang('ru');
    consent.setLang('ru');
    consent.setLang('en');
    window.removeEventListener('kelisim:language', onDom);
    expect(heard).toEqual(['ru', 'en']);
    expect(dom).toEqual(heard);
  });
});

describe('createConsent: events', () => {
  it('reports ready once, after creation, with the stored decision', async () => {
    const d = storeRaw();
    const consent = createConsent(CONFIG);
    const { calls, dom } = record(consent);
    expect(calls).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual([['ready', d]]);
    expect(dom).toEqual([['ready', d]]);
  });

  it('reports ready with null when the visitor must be asked', async () => {
    const ready = vi.fn();
    createConsent(CONFIG).on('ready', ready);
    await Promise.resolve();
    expect(ready).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('keeps listeners per instance and lets them stop listening', () => {
    const a = createConsent(CONFIG);
    const b = createConsent(CONFIG);
    const onA = vi.fn();
    const onB = vi.fn();
    const stop = a.on('consent', onA);
    b.on('consent', onB);
    a.acceptAll();
    expect(onA).toHaveBeenCalledOnce();
    expect(onB).not.toHaveBeenCalled();
    stop();
    a.rejectAll();
    expect(onA).toHaveBeenCalledOnce();
  });

  it('a throwing listener is reported and breaks neither the others nor the caller', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent(CONFIG);
    const boom = new Error('host bug');
    consent.on('consent', () => {
      throw boom;
    });
    const after = vi.fn();
    consent.on('consent', after);
    const onDom = vi.fn();
    window.addEventListener('kelisim:consent', onDom);
    removers.push(() => window.removeEventListener('kelisim:consent', onDom));
    expect(() => consent.acceptAll()).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(onDom).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"consent" listener threw'), boom);
    expect(consent.has('marketing')).toBe(true);
  });

  it('refresh reports a decision made by another instance (another tab), once', () => {
    const mine = createConsent(CONFIG);
    const theirs = createConsent(CONFIG);
    const { calls } = record(mine);
    const d = theirs.set(['marketing']);
    expect(mine.has('marketing')).toBe(false);
    mine.refresh();
    expect(mine.get()).toEqual(d);
    expect(calls).toEqual([['change', { decision: d, previous: null, granted: ['marketing'], revoked: [], grantedServices: [], revokedServices: [] }]]);
    mine.refresh();
    expect(calls).toHaveLength(1);
    theirs.reset();
    mine.refresh();
    expect(calls[1]).toEqual(['change', { decision: null, previous: d, granted: [], revoked: ['marketing'], grantedServices: [], revokedServices: [] }]);
  });
});

describe('createConsent: privacy signals', () => {
  afterEach(() => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    delete (navigator as { doNotTrack?: string }).doNotTrack;
  });
  const signal = (name: 'globalPrivacyControl' | 'doNotTrack', value: unknown) =>
    Object.defineProperty(navigator, name, { value, configurable: true });

  it('with GPC on and no decision, declines every optional category', async () => {
    signal('globalPrivacyControl', true);
    const consent = createConsent(CONFIG);
    const ready = vi.fn();
    consent.on('ready', ready);
    expect(consent.get()).toMatchObject({ granted: [], categories: ['analytics', 'marketing'], method: 'gpc' });
    expect(stored()).toEqual(consent.get());
    expect(consent.has('analytics')).toBe(false);
    await Promise.resolve();
    expect(ready).toHaveBeenCalledWith(consent.get());
    expect(consent.acceptAll().method).toBe('accept-all');
    expect(createConsent(CONFIG).has('analytics')).toBe(true);
  });

  it('keeps an earlier decision even when GPC is on', () => {
    const d = storeRaw();
    signal('globalPrivacyControl', true);
    expect(createConsent(CONFIG).get()).toEqual(d);
  });

  it('ignores GPC when told to', () => {
    signal('globalPrivacyControl', true);
    expect(createConsent({ ...CONFIG, gpc: false }).get()).toBeNull();
  });

  it('ignores Do Not Track unless asked to honour it', () => {
    signal('doNotTrack', '1');
    expect(createConsent(CONFIG).get()).toBeNull();
    expect(createConsent({ ...CONFIG, dnt: true }).get()?.method).toBe('gpc');
  });
});

describe('privacySignal', () => {
  it.each<[object | undefined, boolean, boolean, boolean]>([
    [undefined, true, true, false],
    [{}, true, true, false],
    [{ globalPrivacyControl: true }, true, false, true],
    [{ globalPrivacyControl: true }, false, false, false],
    [{ globalPrivacyControl: false }, true, true, false],
    [{ globalPrivacyControl: 'true' }, true, false, false],
    [{ doNotTrack: '1' }, true, false, false],
    [{ doNotTrack: '1' }, false, true, true],
    [{ doNotTrack: 'yes' }, true, true, true],
    [{ doNotTrack: '0' }, true, true, false],
    [{ doNotTrack: null }, true, true, false],
  ])('%o with gpc=%s dnt=%s → %s', (nav, gpc, dnt, expected) => {
    expect(privacySignal(nav, { gpc, dnt })).toBe(expected);
  });
});
