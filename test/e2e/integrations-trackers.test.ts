import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { openIntegrationsPage, STUBS, type TestWindow } from './integrations-page';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** Requests the server saw for a path. */
const requested = (path: string) => server.requests.filter((r) => r.url.startsWith(path)).length;
/** The host's own GTM snippet (unchanged from Google's), loading the stub instead of gtm.js. */
const GTM_SNIPPET = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='${STUBS.google}?gtm='+i;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-E2E');</script>`;
const GA = { id: 'G-E2E', src: `${STUBS.google}?gtag` };

async function fresh(): Promise<BrowserContext> {
  return browser.newContext();
}

test('Consent Mode default is the first dataLayer entry, a real Arguments object, before GTM and gtag load', async () => {
  const context = await fresh();
  const page = await openIntegrationsPage(server, context, '/gcm', { googleAnalytics: GA }, { head: GTM_SNIPPET });
  await page.waitForFunction(() => (window as unknown as TestWindow).__googleLoads?.length === 1);
  const gtm = await page.evaluate(() => (window as unknown as TestWindow).__googleLoads![0]!);
  expect(gtm.src).toContain('gtm=GTM-E2E');
  expect(gtm.entries).toEqual([
    { kind: '[object Arguments]', name: 'consent default' },
    { kind: '[object Object]', name: 'gtm.js' },
  ]);
  expect(requested(`${STUBS.google}?gtag`)).toBe(0);

  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.acceptAll());
  await page.waitForFunction(() => (window as unknown as TestWindow).__googleLoads?.length === 2);
  const gtag = await page.evaluate(() => (window as unknown as TestWindow).__googleLoads![1]!);
  expect(gtag.src).toContain('gtag');
  expect(gtag.entries.map((e) => e.name)).toEqual(['consent default', 'gtm.js', 'consent update', 'kelisim_consent', 'js', 'config G-E2E']);
  expect(gtag.entries.filter((e) => e.name !== 'gtm.js' && e.name !== 'kelisim_consent').every((e) => e.kind === '[object Arguments]')).toBe(true);
  await context.close();
});

test('a returning visitor: default then update in the same tick, before the host page runs anything', async () => {
  const context = await fresh();
  const config = { googleConsentMode: { region: ['KZ'] } };
  const first = await openIntegrationsPage(server, context, '/gcm-first', config);
  await first.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.set(['analytics']));
  const page = await openIntegrationsPage(server, context, '/gcm-again', config, {
    head: `<script>window.seenByHost = window.dataLayer.map(function (e) {
      return e.event ? e.event + ' ' + e.kelisim_analytics : [e[0], e[1], e[2].analytics_storage, e[2].region || 'everywhere'].join(' ');
    });</script>`,
  });
  expect(await page.evaluate(() => (window as unknown as TestWindow).seenByHost)).toEqual([
    'consent default denied KZ',
    'consent update granted everywhere',
    'kelisim_consent granted',
  ]);
  await context.close();
});

test('Yandex Metrica: never loaded or initialised before consent; opted out until then and after withdrawal', async () => {
  const context = await fresh();
  const src = `${STUBS.metrica}?test=consent`;
  const config = { yandexMetrica: { id: 42, src } };
  const page = await openIntegrationsPage(server, context, '/metrica', config);
  const state = () =>
    page.evaluate(() => {
      const w = window as unknown as TestWindow;
      return { flag: w.disableYaCounter42 ?? null, ym: typeof w.ym, metrica: w.__metrica ?? null };
    });
  expect(await state()).toEqual({ flag: true, ym: 'undefined', metrica: null });
  expect(requested(src)).toBe(0);

  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.rejectAll());
  expect((await state()).metrica).toBeNull();

  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.acceptAll());
  await page.waitForFunction(() => (window as unknown as TestWindow).__metrica?.loads === 1);
  // The route change is reported by the Navigation API; the router's own pageView() call after it
  // must not count the page twice.
  await page.evaluate(() => history.pushState({}, '', '/metrica/catalog'));
  await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.integrations.pageView());
  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.withdraw());
  await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.integrations.pageView('/metrica/ignored'));
  const after = await state();
  expect(after.flag).toBe(true);
  expect(after.metrica!.calls).toEqual([
    { args: [42, 'init', { webvisor: false }], optedOut: false },
    { args: [42, 'hit', `http://127.0.0.1:${server.port}/metrica/catalog`], optedOut: false },
  ]);
  expect(requested(src)).toBe(1);
  await context.close();
});

test('single-page navigation reports page views to Metrica (Navigation API), only with consent', async () => {
  const context = await fresh();
  const page = await openIntegrationsPage(server, context, '/spa', { yandexMetrica: { id: 7, src: STUBS.metrica } });
  await page.evaluate(() => history.pushState({}, '', '/spa/before-consent'));
  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.acceptAll());
  await page.waitForFunction(() => (window as unknown as TestWindow).__metrica?.loads === 1);
  await page.evaluate(() => history.pushState({}, '', '/spa/product'));
  await page.evaluate(() => { location.hash = 'reviews'; });
  await page.waitForFunction(() => ((window as unknown as TestWindow).__metrica?.calls.length ?? 0) >= 3);
  const hits = await page.evaluate(() =>
    (window as unknown as TestWindow).__metrica!.calls.filter((c) => c.args[1] === 'hit').map((c) => c.args[2]),
  );
  const origin = `http://127.0.0.1:${server.port}`;
  expect(hits).toEqual([`${origin}/spa/product`, `${origin}/spa/product#reviews`]);
  await context.close();
});

test('Global Privacy Control: optional categories declined, Consent Mode denied, Metrica never loads', async () => {
  const context = await fresh();
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const page = await openIntegrationsPage(server, context, '/gpc', { googleConsentMode: true, yandexMetrica: { id: 9, src: `${STUBS.metrica}?test=gpc` } });
  const seen = await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    return {
      method: w.kelisimTest.consent.get()?.method,
      update: (w.dataLayer![1] as IArguments)[2],
      flag: w.disableYaCounter9,
    };
  });
  expect(seen.method).toBe('gpc');
  expect(seen.update).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  expect(seen.flag).toBe(true);
  // The integrations start synchronously in <head>, and openIntegrationsPage waited for the load
  // event, which a script inserted before it holds back: a Metrica tag would be in the page and requested.
  expect(await page.evaluate(() => document.querySelectorAll('script[src*="metrica-stub"]').length)).toBe(0);
  expect(requested(`${STUBS.metrica}?test=gpc`)).toBe(0);
  await context.close();
});
