// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../../src/core/policy-types';
import { PENDING_KEY } from '../../../src/integrations/consent-log';
import { startIntegrations, type Integrations } from '../../../src/integrations/start-integrations';
import type { Ym } from '../../../src/integrations/yandex-metrica';
import type { KelisimConfig } from '../../../src/types';
import policyJson from '../../fixtures/policy.json';
import { commands, freshConsent, returningConsent } from './consent-fixture';

type Page = Window & { dataLayer?: unknown[]; ym?: Ym } & Record<string, unknown>;
const page = window as unknown as Page;
const env = { win: window, doc: document, policy: policyJson as Policy };
let running: Integrations | undefined;
const start = (consent: ReturnType<typeof freshConsent>, config: KelisimConfig) =>
  (running = startIntegrations(consent, config, env));

afterEach(() => {
  running?.stop();
  delete page.dataLayer;
  delete page.ym;
  delete page.disableYaCounter42;
  document.head.replaceChildren();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('startIntegrations', () => {
  it('with GA4 alone starts Consent Mode: default first, update and GTM event, then js/config', () => {
    start(returningConsent(['analytics']), { googleAnalytics: { id: 'G-TEST123' } });
    const layer = page.dataLayer!;
    expect(commands([layer[0]])[0]?.slice(0, 2)).toEqual(['consent', 'default']);
    expect(commands([layer[1]])[0]?.slice(0, 2)).toEqual(['consent', 'update']);
    expect(layer[2]).toMatchObject({ event: 'kelisim_consent', kelisim_analytics: 'granted' });
    expect(commands(layer.slice(3)).map((c) => c[0])).toEqual(['js', 'config']);
  });

  it('starts no Google signal when only Metrica is configured, and keeps Metrica off until consent', () => {
    const consent = freshConsent();
    start(consent, { yandexMetrica: { id: 42 } });
    expect(page.dataLayer).toBeUndefined();
    expect(page.disableYaCounter42).toBe(true);
    consent.acceptAll();
    expect(page.disableYaCounter42).toBeUndefined();
    expect(page.ym?.a?.map((a) => Array.from(a))).toEqual([[42, 'init', { webvisor: false }]]);
  });

  it('route changes and pageView() reach Metrica and GA4 only with consent', () => {
    const consent = freshConsent();
    const { pageView } = start(consent, { yandexMetrica: { id: 42 }, googleAnalytics: { id: 'G-TEST123' } });
    pageView('/before');
    consent.acceptAll();
    history.pushState({}, '', '/spa/route');
    window.dispatchEvent(new PopStateEvent('popstate'));
    pageView('/manual');
    const hits = page.ym!.a!.map((a) => Array.from(a)).filter((c) => c[1] === 'hit').map((c) => c[2]);
    expect(hits).toEqual([`${location.origin}/spa/route`, '/manual']);
    const views = commands(page.dataLayer!).filter((c) => c[1] === 'page_view').map((c) => (c[2] as { page_location: string }).page_location);
    expect(views).toEqual([`${location.origin}/spa/route`, '/manual']);
  });

  it("counts a route change once when the router also calls pageView(), and never the first page", () => {
    const consent = returningConsent(['analytics']);
    const { pageView } = start(consent, { yandexMetrica: { id: 42 } });
    pageView();
    history.pushState({}, '', '/spa/once');
    window.dispatchEvent(new PopStateEvent('popstate'));
    pageView();
    pageView('/spa/other');
    const hits = page.ym!.a!.map((a) => Array.from(a)).filter((c) => c[1] === 'hit').map((c) => c[2]);
    expect(hits).toEqual([`${location.origin}/spa/once`, '/spa/other']);
  });

  it('clears declined cookies and tells the page about a withdrawal', () => {
    const consent = freshConsent(['analytics']);
    start(consent, {});
    const withdrawn = vi.fn();
    window.addEventListener('kelisim:withdraw', withdrawn);
    consent.acceptAll();
    document.cookie = '_ym_uid=1; path=/';
    consent.withdraw();
    window.removeEventListener('kelisim:withdraw', withdrawn);
    expect(document.cookie).not.toContain('_ym_uid');
    expect(withdrawn).toHaveBeenCalledTimes(1);
  });

  it('resends receipts a previous page could not deliver', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    localStorage.setItem(PENDING_KEY, JSON.stringify([{ id: 'old-receipt' }]));
    start(freshConsent(), { consentLog: { url: '/log' } });
    await vi.waitFor(() => expect(localStorage.getItem(PENDING_KEY)).toBeNull());
    expect(fetch).toHaveBeenCalledWith('/log', expect.objectContaining({ body: '{"id":"old-receipt"}' }));
  });

  it('stop() ends every integration', () => {
    const consent = freshConsent();
    start(consent, { googleConsentMode: true }).stop();
    consent.acceptAll();
    expect(commands(page.dataLayer!).map((c) => c[1])).toEqual(['default']);
  });
});
