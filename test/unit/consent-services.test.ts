// @vitest-environment jsdom
import Cookies from 'js-cookie';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeDecision, encodeDecision } from '../../src/core/consent-cookie';
import { grantedLists, serviceCategories } from '../../src/core/consent-services';
import type { ConsentChange, ConsentConfig, ConsentDecision } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';

/** analytics has two services, marketing one, functional none. */
const SERVICES = { 'yandex-metrica': 'analytics', 'google-analytics': 'analytics', youtube: 'marketing' };
const CONFIG: ConsentConfig = { revision: '2025-03', categories: ['analytics', 'marketing', 'functional'], services: SERVICES };
const CATEGORIES = CONFIG.categories!;
const raw = () => Cookies.get('kelisim');

beforeEach(() => {
  document.cookie = 'kelisim=; path=/; max-age=0';
});

describe('grantedLists', () => {
  it.each<[string[], string[], string[]]>([
    [['analytics'], ['analytics'], ['yandex-metrica', 'google-analytics']],
    [['yandex-metrica'], [], ['yandex-metrica']],
    [['yandex-metrica', 'google-analytics'], ['analytics'], ['yandex-metrica', 'google-analytics']],
    [['youtube'], ['marketing'], ['youtube']],
    // A category with no services is granted as it always was: when it is chosen.
    [['functional'], ['functional'], []],
    [[], [], []],
  ])('%j grants categories %j and services %j', (chosen, granted, services) => {
    expect(grantedLists(chosen, CATEGORIES, SERVICES)).toEqual({ granted, services });
  });

  it('maps a policy, leaving out necessary and an id that is also a category', () => {
    const policy = {
      categories: [
        { id: 'necessary', services: [{ id: 'session' }] },
        { id: 'analytics', services: [{ id: 'yandex-metrica' }, { id: 'marketing' }] },
        { id: 'marketing', services: [] },
      ],
    };
    expect(serviceCategories(policy)).toEqual({ 'yandex-metrica': 'analytics' });
  });
});

describe('createConsent with services', () => {
  it('has(category) means every service of it; has(service) a service granted alone or with its category', () => {
    const consent = createConsent(CONFIG);
    consent.set(['yandex-metrica', 'functional']);
    expect(consent.has('analytics')).toBe(false);
    expect(consent.has('yandex-metrica')).toBe(true);
    expect(consent.has('google-analytics')).toBe(false);
    expect(consent.has('functional')).toBe(true);
    expect(consent.has('youtube')).toBe(false);
    consent.set(['analytics']);
    expect(['analytics', 'yandex-metrica', 'google-analytics'].map(consent.has)).toEqual([true, true, true]);
    expect(consent.get()).toMatchObject({ granted: ['analytics'], services: ['yandex-metrica', 'google-analytics'] });
  });

  it('set with a map: a service value wins over its category', () => {
    const consent = createConsent(CONFIG);
    const d = consent.set({ analytics: true, 'google-analytics': false, youtube: true });
    expect(d).toMatchObject({ granted: ['marketing'], services: ['yandex-metrica', 'youtube'] });
  });

  it('refuses an unknown service, naming the known ones', () => {
    expect(() => createConsent(CONFIG).set(['yutube'])).toThrow('unknown consent category "yutube"; this policy has: analytics, marketing, functional; services: yandex-metrica');
  });

  it('acceptAll grants every service and rejectAll none; the change reports the services', () => {
    const consent = createConsent(CONFIG);
    const changes: ConsentChange[] = [];
    consent.on('change', (c) => changes.push(c));
    consent.set(['youtube']);
    consent.acceptAll();
    consent.rejectAll();
    expect(changes.map((c) => [c.grantedServices, c.revokedServices])).toEqual([
      [['youtube'], []],
      [['yandex-metrica', 'google-analytics'], []],
      [[], ['yandex-metrica', 'google-analytics', 'youtube']],
    ]);
  });

  it('a returning visitor with a service-only decision: the next page reads the services from the cookie alone', () => {
    createConsent(CONFIG).set(['youtube', 'yandex-metrica']);
    // The script tag's loader knows no services: the cookie must carry them.
    const loader = createConsent({ revision: '2025-03', categories: CATEGORIES });
    expect(['youtube', 'yandex-metrica', 'google-analytics', 'analytics', 'marketing'].map(loader.has)).toEqual([true, true, false, false, true]);
    expect(loader.get()?.services).toEqual(['yandex-metrica', 'youtube']);
  });

  it('reads an old cookie (format 1): categories as before, a granted category grants its services', () => {
    // Exactly what Kelisim 0.1 wrote for "analytics granted".
    const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    document.cookie = `kelisim=1|2025-03|analytics.marketing.functional|analytics|${Date.now().toString(36)}|${id}|kk|c; path=/`;
    const consent = createConsent(CONFIG);
    expect(consent.get()).toMatchObject({ granted: ['analytics'], services: [], id });
    expect(['analytics', 'yandex-metrica', 'google-analytics', 'youtube', 'marketing'].map(consent.has)).toEqual([true, true, true, false, false]);
  });

  it('writes format 1 when no service is granted, so earlier versions still read it', () => {
    createConsent(CONFIG).set(['functional']);
    expect(raw()).toMatch(/^1\|2025-03\|analytics\.marketing\.functional\|functional\|[0-9a-z]+\|[0-9a-f-]{36}\|kk\|c$/);
    createConsent(CONFIG).set(['youtube']);
    expect(raw()).toMatch(/^2\|.*\|c\|youtube$/);
  });
});

describe('the cookie with services', () => {
  const decision = (services: string[]): ConsentDecision => ({
    granted: ['analytics', 'marketing', 'functional'],
    services,
    categories: ['analytics', 'marketing', 'functional'],
    revision: 'c0ffee12',
    decidedAt: Date.UTC(2026, 0, 5),
    id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    lang: 'kk',
    method: 'accept-all',
  });
  // Thirty services with ids as long as real ones are (the catalogue's longest is 18 characters).
  const THIRTY = Array.from({ length: 30 }, (_, i) => `service-number-${String(i).padStart(2, '0')}`);

  it('stays well under 1 KB with 30 services granted, and round-trips', () => {
    const value = encodeDecision(decision(THIRTY));
    expect(value.length).toBeLessThan(700);
    expect(decodeDecision(value)).toEqual(decision(THIRTY));
  });

  it('rejects a malformed or repeated service id', () => {
    const good = encodeDecision(decision(['youtube']));
    expect(decodeDecision(good.replace(/youtube$/, 'YouTube'))).toBeNull();
    expect(decodeDecision(good.replace(/youtube$/, 'youtube.youtube'))).toBeNull();
    expect(decodeDecision(`${good}|x`)).toBeNull();
    // Format 2 always has the services field; format 1 never does.
    expect(decodeDecision(good.split('|').slice(0, 8).join('|'))).toBeNull();
    expect(decodeDecision(`1${good.slice(1)}`)).toBeNull();
  });
});
