// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gtmConsentEvent, startGtmEvents } from '../../../src/integrations/gtm';
import { freshConsent, returningConsent } from './consent-fixture';

describe('GTM consent events', () => {
  it('names every optional category, granted or denied, and the method', () => {
    const consent = freshConsent();
    const decision = consent.set(['analytics']);
    expect(gtmConsentEvent(decision, consent.categories)).toEqual({
      event: 'kelisim_consent',
      kelisim_method: 'custom',
      kelisim_analytics: 'granted',
      kelisim_marketing: 'denied',
      kelisim_functional: 'denied',
    });
  });

  it('pushes the stored decision at start', () => {
    const win: { dataLayer?: unknown[] } = {};
    startGtmEvents(returningConsent(['marketing']), win);
    expect(win.dataLayer).toEqual([expect.objectContaining({ event: 'kelisim_consent', kelisim_marketing: 'granted', kelisim_analytics: 'denied' })]);
  });

  it('pushes nothing before a decision, then one event per change, a reset denying all', () => {
    const win: { dataLayer?: unknown[] } = {};
    const consent = freshConsent();
    startGtmEvents(consent, win);
    expect(win.dataLayer ?? []).toHaveLength(0);
    consent.acceptAll();
    consent.reset();
    expect(win.dataLayer).toEqual([
      { event: 'kelisim_consent', kelisim_method: 'accept-all', kelisim_analytics: 'granted', kelisim_marketing: 'granted', kelisim_functional: 'granted' },
      { event: 'kelisim_consent', kelisim_method: 'reset', kelisim_analytics: 'denied', kelisim_marketing: 'denied', kelisim_functional: 'denied' },
    ]);
  });
});
