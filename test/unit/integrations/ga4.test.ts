// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startGoogleAnalytics } from '../../../src/integrations/ga4';
import { startConsentMode } from '../../../src/integrations/google-consent-mode';
import { commands, freshConsent, isArguments, returningConsent } from './consent-fixture';

const gtagScripts = () => Array.from(document.scripts).filter((s) => s.src.includes('gtag/js'));
afterEach(() => document.head.replaceChildren());

describe('GA4 under consent', () => {
  it('loads nothing and pushes nothing before analytics consent', () => {
    const win: { dataLayer?: unknown[] } = {};
    const consent = freshConsent();
    startGoogleAnalytics(consent, { id: 'G-TEST123' }, win, document);
    consent.set(['marketing']);
    expect(win.dataLayer ?? []).toHaveLength(0);
    expect(gtagScripts()).toHaveLength(0);
  });

  it('after consent inserts gtag.js once and pushes js then config, after the Consent Mode default', () => {
    const win: { dataLayer?: unknown[] } = {};
    const consent = freshConsent();
    startConsentMode(consent, {}, win);
    startGoogleAnalytics(consent, { id: 'G-TEST123' }, win, document, 'n0nce');
    consent.acceptAll();
    consent.set(['analytics']);
    const names = commands(win.dataLayer!).map((c) => `${c[0]} ${typeof c[1] === 'string' ? c[1] : ''}`.trim());
    expect(names).toEqual(['consent default', 'consent update', 'js', 'config G-TEST123', 'consent update']);
    expect(win.dataLayer!.every(isArguments)).toBe(true);
    expect(commands(win.dataLayer!)[2]?.[1]).toBeInstanceOf(Date);
    const scripts = gtagScripts();
    expect(scripts.map((s) => s.src)).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-TEST123']);
    expect(scripts[0]!.nonce).toBe('n0nce');
  });

  it('sends page views only while analytics is granted', () => {
    const win: { dataLayer?: unknown[] } = {};
    const consent = freshConsent();
    const ga = startGoogleAnalytics(consent, { id: 'G-TEST123', src: '/stub/gtag.js' }, win, document);
    ga.pageView('https://shop.kz/1');
    consent.acceptAll();
    ga.pageView('https://shop.kz/2');
    consent.withdraw();
    ga.pageView('https://shop.kz/3');
    const events = commands(win.dataLayer!).filter((c) => c[0] === 'event');
    expect(events).toEqual([['event', 'page_view', { page_location: 'https://shop.kz/2', send_to: 'G-TEST123' }]]);
  });

  it('loads at start for a returning visitor who granted analytics', () => {
    const win: { dataLayer?: unknown[] } = {};
    startGoogleAnalytics(returningConsent(['analytics']), { id: 'G-TEST123' }, win, document);
    expect(gtagScripts()).toHaveLength(1);
    expect(commands(win.dataLayer!).map((c) => c[0])).toEqual(['js', 'config']);
  });
});
