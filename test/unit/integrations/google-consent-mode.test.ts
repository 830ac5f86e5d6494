// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { consentModeState, startConsentMode } from '../../../src/integrations/google-consent-mode';
import { commands, freshConsent, isArguments, returningConsent } from './consent-fixture';

const ALL_OPTIONAL = ['analytics', 'marketing', 'functional'];
const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

describe('consentModeState', () => {
  it.each([
    ['nothing granted', [], ALL_OPTIONAL, {}],
    ['analytics', ['analytics'], ALL_OPTIONAL, { analytics_storage: 'granted' }],
    ['marketing', ['marketing'], ALL_OPTIONAL, { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ['functional', ['functional'], ALL_OPTIONAL, { functionality_storage: 'granted', personalization_storage: 'granted' }],
    ['a policy without a functional category: its storage is necessary', [], ['analytics', 'marketing'], { functionality_storage: 'granted', personalization_storage: 'granted' }],
    ['a policy without marketing: ads stay denied', ['analytics'], ['analytics'], { analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }],
  ])('%s', (_, granted, optional, changed) => {
    expect(consentModeState(granted, undefined, optional)).toEqual({ ...DENIED, ...changed });
  });

  it('follows a custom mapping, a signal granted by any of its categories', () => {
    const mapping = { stats: ['analytics_storage'], ads: ['ad_storage', 'analytics_storage'] };
    expect(consentModeState(['ads'], mapping, ['stats', 'ads'])).toEqual({
      ...DENIED,
      ad_storage: 'granted',
      analytics_storage: 'granted',
    });
    expect(consentModeState([], mapping, ['stats', 'ads'])).toEqual(DENIED);
  });

  it('never grants analytics or ads without an optional category asking for them', () => {
    const state = consentModeState([], { necessary: ['analytics_storage', 'ad_storage', 'functionality_storage'] }, ['analytics']);
    expect(state.analytics_storage).toBe('denied');
    expect(state.ad_storage).toBe('denied');
    expect(state.functionality_storage).toBe('granted');
  });
});

describe('startConsentMode', () => {
  it('pushes the default as entry 0, a real arguments object, with all seven signals', () => {
    const win: { dataLayer?: unknown[]; gtag?: unknown } = {};
    startConsentMode(freshConsent(), {}, win);
    expect(win.dataLayer).toHaveLength(1);
    expect(isArguments(win.dataLayer![0])).toBe(true);
    expect(commands(win.dataLayer!)[0]).toEqual(['consent', 'default', { ...DENIED, wait_for_update: 500 }]);
    expect(win.gtag).toBeUndefined();
  });

  it("keeps the host's own dataLayer array and its entries", () => {
    const own: unknown[] = [{ event: 'host_boot' }];
    const win = { dataLayer: own };
    startConsentMode(freshConsent(), {}, win);
    expect(win.dataLayer).toBe(own);
    expect(own[0]).toEqual({ event: 'host_boot' });
    expect(commands(own.slice(1))[0]?.slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('applies a stored decision right after the default, in the same tick', () => {
    const win: { dataLayer?: unknown[] } = {};
    startConsentMode(returningConsent(['analytics']), {}, win);
    const [first, second] = commands(win.dataLayer!);
    expect(first?.slice(0, 2)).toEqual(['consent', 'default']);
    expect(second).toEqual(['consent', 'update', { ...DENIED, analytics_storage: 'granted' }]);
    expect(isArguments(win.dataLayer![1])).toBe(true);
  });

  it('adds region, wait_for_update and the set commands configured, before any update', () => {
    const win: { dataLayer?: unknown[] } = {};
    const options = { region: ['KZ', 'RU'], waitForUpdate: 1200, adsDataRedaction: true, urlPassthrough: true };
    startConsentMode(returningConsent([]), options, win);
    expect(commands(win.dataLayer!)).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 1200, region: ['KZ', 'RU'] }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
      ['consent', 'update', DENIED],
    ]);
  });

  it('sends no set commands unless configured', () => {
    const win: { dataLayer?: unknown[] } = {};
    startConsentMode(freshConsent(), {}, win);
    expect(commands(win.dataLayer!).some((c) => c[0] === 'set')).toBe(false);
  });

  it('updates on every decision and withdrawal, and stops when asked', () => {
    const win: { dataLayer?: unknown[] } = {};
    const consent = freshConsent();
    const stop = startConsentMode(consent, {}, win);
    consent.acceptAll();
    consent.withdraw();
    const updates = commands(win.dataLayer!).slice(1);
    expect(updates[0]).toEqual(['consent', 'update', {
      ...DENIED,
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
    }]);
    expect(updates[1]).toEqual(['consent', 'update', DENIED]);
    expect(win.dataLayer!.every(isArguments)).toBe(true);
    stop();
    consent.acceptAll();
    expect(win.dataLayer).toHaveLength(3);
  });

  it("uses the policy's categories: with no functional category, functionality storage is granted by default", () => {
    const win: { dataLayer?: unknown[] } = {};
    startConsentMode(freshConsent(['analytics']), {}, win);
    expect(commands(win.dataLayer!)[0]?.[2]).toMatchObject({ functionality_storage: 'granted', analytics_storage: 'denied' });
  });

  it("leaves the host's own gtag function alone", () => {
    const hostGtag = () => {};
    const win = { gtag: hostGtag, dataLayer: [] as unknown[] };
    startConsentMode(freshConsent(), {}, win);
    expect(win.gtag).toBe(hostGtag);
    expect(win.dataLayer).toHaveLength(1);
  });
});
