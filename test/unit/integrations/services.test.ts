// @vitest-environment jsdom
// The integrations follow service-level decisions: Metrica and GA4 each load with their own
// service granted (not with the other's), Consent Mode grants analytics_storage for Google
// Analytics alone, and GTM gets a kelisim_<service> variable per service.
import { afterEach, describe, expect, it } from 'vitest';
import type { Consent } from '../../../src/core/consent-types';
import { createConsent } from '../../../src/core/create-consent';
import { startGoogleAnalytics } from '../../../src/integrations/ga4';
import { startConsentMode } from '../../../src/integrations/google-consent-mode';
import { startGtmEvents } from '../../../src/integrations/gtm';
import { startYandexMetrica } from '../../../src/integrations/yandex-metrica';
import { commands } from './consent-fixture';

type Page = Window & { dataLayer?: unknown[]; ym?: unknown } & Record<string, unknown>;
const page = window as unknown as Page;
const stops: (() => void)[] = [];

/** A policy's consent with Metrica and Google Analytics both under analytics. */
function consent(): Consent {
  document.cookie = 'kelisim=; max-age=0; path=/';
  return createConsent({ revision: 'r1', categories: ['analytics', 'marketing'], services: { 'yandex-metrica': 'analytics', 'google-analytics': 'analytics' } });
}
const scripts = () => [...document.head.querySelectorAll('script')].map((s) => new URL(s.src).hostname);

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  delete page.dataLayer;
  delete page.ym;
  delete page.disableYaCounter42;
  document.head.replaceChildren();
});

describe('integrations per service', () => {
  it('Google Analytics granted alone loads GA4, not Metrica; then Metrica alone loads it', () => {
    const c = consent();
    stops.push(startYandexMetrica(c, { id: 42 }).stop, startGoogleAnalytics(c, { id: 'G-1' }).stop);
    c.set(['google-analytics']);
    expect(scripts()).toEqual(['www.googletagmanager.com']);
    expect(page.disableYaCounter42).toBe(true);
    c.set(['yandex-metrica']);
    expect(scripts()).toEqual(['www.googletagmanager.com', 'mc.yandex.ru']);
    expect(page.disableYaCounter42).toBeUndefined();
  });

  it('Consent Mode grants analytics_storage for Google Analytics alone, and denies it for Metrica alone', () => {
    const c = consent();
    stops.push(startConsentMode(c, {}, window));
    const lastUpdate = () => commands(page.dataLayer!).filter((x) => x[1] === 'update').at(-1)![2] as Record<string, string>;
    c.set(['google-analytics']);
    expect(lastUpdate().analytics_storage).toBe('granted');
    c.set(['yandex-metrica']);
    expect(lastUpdate().analytics_storage).toBe('denied');
  });

  it('GTM gets kelisim_<service> for each service, denied again once revoked', () => {
    const c = consent();
    stops.push(startGtmEvents(c, window));
    c.set(['google-analytics']);
    expect(page.dataLayer!.at(-1)).toEqual({ event: 'kelisim_consent', kelisim_method: 'custom', kelisim_analytics: 'denied', kelisim_marketing: 'denied', 'kelisim_google-analytics': 'granted' });
    c.rejectAll();
    expect(page.dataLayer!.at(-1)).toMatchObject({ kelisim_method: 'reject-all', 'kelisim_google-analytics': 'denied' });
  });
});
