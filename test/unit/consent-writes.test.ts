// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { decodeDecision } from '../../src/core/consent-cookie';
import { createConsentStorage, domainMatches, UNREADABLE } from '../../src/core/consent-storage';
import type { ConsentConfig } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';
import { resolveConsentConfig } from '../../src/core/resolve-consent-config';

const CONFIG: ConsentConfig = { revision: '2025-03', categories: ['analytics', 'marketing'] };
const COOKIE = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

/** The stored decision, decoded. */
const stored = () => decodeDecision(/(?:^|; )kelisim=([^;]*)/.exec(document.cookie)?.[1]?.replace(/%7C/gi, '|'));
/** A later task: what happens there is a new action. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Every decision-cookie write while the test runs. */
function countWrites(): string[] {
  const seen: string[] = [];
  vi.spyOn(document, 'cookie', 'set').mockImplementation((v: string) => {
    if (v.startsWith('kelisim=')) seen.push(v);
    COOKIE.set!.call(document, v);
  });
  return seen;
}

beforeEach(() => {
  document.cookie = 'kelisim=; path=/; max-age=0';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the same decision repeated while it is being applied', () => {
  it('three "accept all" in one task are one decision: one write, one consent event', async () => {
    const consent = createConsent(CONFIG);
    const writes = countWrites();
    const consents = vi.fn();
    consent.on('consent', consents);
    const [a, b, c] = [consent.acceptAll(), consent.acceptAll(), consent.acceptAll()];
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(consent.set(['marketing', 'analytics'])).toMatchObject({ method: 'custom' });
    expect(writes).toHaveLength(2);
    expect(consents).toHaveBeenCalledTimes(2);
    await nextTask();
    expect(consent.acceptAll().id).not.toBe(a.id);
    expect(writes).toHaveLength(3);
  });

  it('a different decision in the same task is a new decision, and so is the first one again', () => {
    const consent = createConsent(CONFIG);
    const consents = vi.fn();
    consent.on('consent', consents);
    const ids = [consent.acceptAll(), consent.rejectAll(), consent.acceptAll()].map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(consents).toHaveBeenCalledTimes(3);
    expect(stored()?.id).toBe(ids[2]);
  });

  it('set with the same ids in another order is the same decision; reset ends it', () => {
    const consent = createConsent(CONFIG);
    const d = consent.set(['marketing', 'analytics']);
    expect(consent.set({ analytics: true, marketing: true })).toBe(d);
    consent.reset();
    expect(consent.get()).toBeNull();
    expect(consent.set(['analytics', 'marketing']).id).not.toBe(d.id);
  });
});

describe('a decision the cookie cannot hold', () => {
  it('with a domain that does not match the host: kept for the page, one warning saying what to set', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent({ ...CONFIG, cookie: { domain: 'example.kz' } });
    const changes = vi.fn();
    consent.on('change', changes);
    const d = consent.acceptAll();
    expect(stored()).toBeNull();
    expect(consent.get()).toBe(d);
    expect(consent.has('analytics')).toBe(true);
    // Re-reading finds no cookie: that is not a withdrawal.
    consent.refresh();
    expect(consent.get()).toBe(d);
    expect(changes).toHaveBeenCalledTimes(1);
    await nextTask();
    consent.rejectAll();
    consent.refresh();
    expect(consent.get()?.method).toBe('reject-all');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toBe(
      'Kelisim: cookie domain "example.kz" does not match host "localhost" (set data-cookie-domain to "localhost" or a parent domain), ' +
        'so the decision holds on this page only.',
    );
  });

  it('is replaced on refresh by a newer decision another tab stored, not by an older one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const older = createConsent(CONFIG).rejectAll();
    await nextTask();
    const mine = createConsent({ ...CONFIG, cookie: { domain: 'example.kz' } });
    const d = mine.acceptAll();
    mine.refresh();
    expect(mine.get()).toBe(d);
    expect(stored()?.id).toBe(older.id);
    await nextTask();
    const newer = createConsent(CONFIG).set(['marketing']);
    mine.refresh();
    expect(mine.get()).toEqual(newer);
    // Now the page follows the cookie again, withdrawals included.
    document.cookie = 'kelisim=; path=/; max-age=0';
    mine.refresh();
    expect(mine.get()).toBeNull();
  });

  it('when cookies are blocked (the setter stores nothing): kept for the page, one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    const consent = createConsent(CONFIG);
    consent.acceptAll();
    consent.refresh();
    expect(consent.has('marketing')).toBe(true);
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^Kelisim: cookies are blocked for this site, so the decision holds on this page only\.$/));
  });

  it('when document.cookie throws: nothing throws, one message, the decision holds for the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sandboxed = () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: sandboxed, set: sandboxed });
    onTestFinished(() => void delete (document as { cookie?: string }).cookie);
    const consent = createConsent(CONFIG);
    expect(consent.get()).toBeNull();
    expect(warn).toHaveBeenCalledExactlyOnceWith(UNREADABLE);
    expect(() => consent.acceptAll()).not.toThrow();
    consent.refresh();
    expect(consent.has('analytics')).toBe(true);
    expect(() => consent.reset()).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    expect(UNREADABLE).toMatch(/^Kelisim: cookies cannot be read here .*asked on every page/);
  });
});

describe('domainMatches', () => {
  it('accepts the host and its parents, with or without a leading dot, and nothing else', () => {
    expect(domainMatches('example.kz', 'www.example.kz')).toBe(true);
    expect(domainMatches('.Example.kz', 'example.kz')).toBe(true);
    expect(domainMatches('example.kz', 'badexample.kz')).toBe(false);
    expect(domainMatches('www.example.kz', 'example.kz')).toBe(false);
  });
});

describe('enumerable properties on Object.prototype (old libraries add them)', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    delete proto.extend;
    delete proto.flag;
  });

  it('do not stop a decision from being written, read and removed, nor become cookie attributes', () => {
    proto.extend = function extend() {};
    proto.flag = 'on';
    const storage = createConsentStorage(resolveConsentConfig(CONFIG).cookie);
    const writes = countWrites();
    const consent = createConsent(CONFIG);
    const d = consent.acceptAll();
    expect(stored()).toEqual(d);
    expect(writes[0]).not.toMatch(/extend|flag/);
    expect(createConsent(CONFIG).get()).toEqual(d);
    consent.reset();
    expect(storage.read()).toBeUndefined();
    expect(writes).toHaveLength(2);
  });
});
