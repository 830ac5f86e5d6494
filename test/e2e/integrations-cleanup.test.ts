import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { POLL } from './support/pages';
import { startServer, type TestServer } from './support/server';
import { openIntegrationsPage, type TestWindow } from './integrations-page';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** Set tracker cookies as trackers do: on the parent domain, on the host as a domain, host-only. */
const setTrackerCookies = (page: Page) =>
  page.evaluate(() => {
    document.cookie = '_ga=GA1.2.3; domain=.example.kz; path=/';
    document.cookie = '_ga_E2E=GS1; domain=example.kz; path=/';
    document.cookie = '_ym_uid=17; domain=sub.example.kz; path=/';
    document.cookie = '_ym_d=17; path=/';
    document.cookie = '_fbp=fb.1; domain=.example.kz; path=/';
    document.cookie = 'dm_session=keep; path=/';
  });
/**
 * Every cookie in the browser, as `name@domain`, sorted. The page's `document.cookie` writes reach
 * the browser's cookie store a moment later (another process in Chromium), so tests poll this.
 */
const jar = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();

test('a rejection deletes tracker cookies set on the parent domain and on the host, and keeps necessary ones', async () => {
  const context = await browser.newContext();
  const page = await openIntegrationsPage(server, context, '/cleanup', {}, { host: 'sub.example.kz' });
  await setTrackerCookies(page);
  await expect.poll(() => jar(context), POLL).toEqual([
    '_fbp@.example.kz', '_ga@.example.kz', '_ga_E2E@.example.kz', '_ym_d@sub.example.kz', '_ym_uid@.sub.example.kz', 'dm_session@sub.example.kz',
  ]);
  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.rejectAll());
  await expect.poll(() => jar(context), POLL).toEqual(['dm_session@sub.example.kz', 'kelisim@sub.example.kz']);
  await context.close();
});

test('a withdrawal of analytics deletes analytics cookies only and tells the page', async () => {
  const context = await browser.newContext();
  const page = await openIntegrationsPage(server, context, '/withdraw', {}, { host: 'sub.example.kz' });
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.addEventListener('kelisim:withdraw', (e) => (w.__withdrawn ??= []).push((e as CustomEvent<{ revoked: string[] }>).detail.revoked));
    w.kelisimTest.consent.acceptAll();
  });
  await setTrackerCookies(page);
  await expect.poll(() => jar(context), POLL).toHaveLength(7);
  await page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.set(['marketing']));
  await expect.poll(() => jar(context), POLL).toEqual(['_fbp@.example.kz', 'dm_session@sub.example.kz', 'kelisim@sub.example.kz']);
  expect(await page.evaluate(() => (window as unknown as TestWindow).__withdrawn)).toEqual([['analytics']]);
  await context.close();
});

test('reloadOnWithdraw reloads the page after a withdrawal, so scripts that ran are gone', async () => {
  const context = await browser.newContext();
  const page = await openIntegrationsPage(server, context, '/reload', { reloadOnWithdraw: true }, { host: 'sub.example.kz' });
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.kelisimTest.consent.acceptAll();
    w.trackerRan = true;
  });
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.withdraw()),
  ]);
  expect(await page.evaluate(() => (window as unknown as TestWindow).trackerRan ?? false)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.consent.has('analytics'))).toBe(false);
  await context.close();
});
