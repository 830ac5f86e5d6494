// Writing and reading the decision on hostile pages (issue 11), through the built script tag:
// repeated clicks, a cookie that cannot be stored, a polluted Object.prototype, a throwing
// document.cookie.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { pathsSince, UI } from './loader-page';
import { decisionCookie, decisionCookies, gatedRuns, inWidget, kelisimPage, POLL, storedDecision, waitForBanner, watchPage, type PageLog } from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  server.handle((req, res) => {
    if (!req.url?.startsWith('/consent-log')) return false;
    res.writeHead(204);
    res.end();
  });
});
afterAll(async () => { await browser.close(); await server.close(); });

/** Before any page script: count `kelisim:*` events and every write of the decision cookie. */
const RECORD = `(() => {
  const w = window;
  w.__events = { consent: 0, change: 0, withdraw: 0 };
  for (const name of Object.keys(w.__events)) addEventListener('kelisim:' + name, () => w.__events[name]++);
  w.__cookieWrites = 0;
  const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return own.get.call(this); },
    set(value) { if (String(value).startsWith('kelisim=')) w.__cookieWrites++; own.set.call(this, value); },
  });
})();`;
/** Cookies switched off for the site: the setter stores nothing (the getter still works). */
const BLOCKED = `Object.defineProperty(Document.prototype, 'cookie', {
  configurable: true, get() { return ''; }, set() {},
});`;
/** document.cookie that throws on reading, as in a sandboxed frame. */
const THROWING = `(() => {
  const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); },
    set(value) { own.set.call(this, value); },
  });
})();`;

interface Recorded {
  __events: { consent: number; change: number; withdraw: number };
  __cookieWrites: number;
  Kelisim: { has(category: string): boolean; get(): { id: string; method: string } | null; acceptAll(): Promise<{ id: string }>; rejectAll(): Promise<{ id: string }> };
}
const events = (page: Page) => page.evaluate(() => (window as unknown as Recorded).__events);
const has = (page: Page, category: string) => page.evaluate((c) => (window as unknown as Recorded).Kelisim.has(c), category);

/** Serve `html` at `path` and open it on `host` (every name maps to 127.0.0.1) in a fresh context, after `init` scripts. */
async function open(path: string, html: string, { host = '127.0.0.1', init = [] as string[], cookies = {} as Record<string, string> } = {}) {
  server.page(path, html);
  const context = await browser.newContext();
  for (const script of [RECORD, ...init]) await context.addInitScript(script);
  const url = `http://${host}:${server.port}${path}`;
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url })));
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const log = watchPage(page);
  await page.goto(url);
  return { context, page, log };
}

/** Console lines (errors and warnings) and uncaught errors, for "said exactly this, once". */
const said = (log: PageLog) => [...log.errors, ...log.warnings, ...log.pageErrors];

/** Receipts that reached the consent log under `t`. */
const received = (t: string) =>
  server.requests.filter((r) => r.method === 'POST' && r.url === `/consent-log?t=${t}`).map((r) => JSON.parse(r.body) as { id: string; method: string });
const pendingReceipts = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('kelisim.pending') ?? '[]').length as number);

/** Focus, hide and show the tab: each makes the loader re-read the cookie, synchronously. */
const refocus = (page: Page) =>
  page.evaluate(() => {
    dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
  });

test('three clicks on "Accept all" in one tick are one decision: one event, one cookie write, one receipt', async () => {
  const { context, page, log } = await open('/clicks', kelisimPage({ lang: 'en', data: { lang: 'en', 'consent-log': '/consent-log?t=clicks' } }));
  await waitForBanner(page);
  const made = await page.evaluate(() => {
    const w = window as unknown as Recorded;
    const button = document.getElementById('kelisim')!.shadowRoot!.querySelector<HTMLButtonElement>('.panel [data-kelisim="accept-all"]')!;
    button.click();
    button.click();
    button.click();
    // Events, the cookie write and the receipt's pending copy all happen inside the click.
    return { events: { ...w.__events }, writes: w.__cookieWrites, pending: JSON.parse(localStorage.getItem('kelisim.pending') ?? '[]').length };
  });
  expect(made).toEqual({ events: { consent: 1, change: 1, withdraw: 0 }, writes: 1, pending: 1 });
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  const accepted = await page.evaluate(() => (window as unknown as Recorded).Kelisim.get()!.id);

  // A different decision later is a new one. Once its receipt is in and nothing is pending,
  // every receipt the clicks could have sent has been sent.
  const rejected = await page.evaluate(() => (window as unknown as Recorded).Kelisim.rejectAll().then((d) => d.id));
  await expect.poll(() => received('clicks').map((r) => r.id), POLL).toContain(rejected);
  await expect.poll(() => pendingReceipts(page), POLL).toBe(0);
  expect(received('clicks').map((r) => r.id).sort()).toEqual([accepted, rejected].sort());
  expect(await events(page)).toEqual({ consent: 2, change: 2, withdraw: 1 });
  expect(said(log)).toEqual([]);
  await context.close();
});

test('"Accept all" called three times through the API while the widget loads is one decision', async () => {
  // A returning visitor who declined: the loader alone runs, the widget loads on the first call.
  const cookies = { kelisim: decisionCookie({ granted: [], method: 'reject-all' }) };
  const mark = server.requests.length;
  const { context, page, log } = await open('/api-repeat', kelisimPage({ lang: 'en', data: { lang: 'en' } }), { cookies });
  await page.waitForFunction(() => (window as unknown as Recorded).Kelisim?.get()?.method === 'reject-all');
  expect(pathsSince(server, mark)).not.toContain(UI);
  const ids = await page.evaluate(() => {
    const api = (window as unknown as Recorded).Kelisim;
    return Promise.all([api.acceptAll(), api.acceptAll(), api.acceptAll()]).then((all) => all.map((d) => d.id));
  });
  expect(new Set(ids).size).toBe(1);
  expect(await has(page, 'analytics')).toBe(true);
  expect(await events(page)).toEqual({ consent: 1, change: 1, withdraw: 0 });
  expect(await page.evaluate(() => (window as unknown as Recorded).__cookieWrites)).toBe(1);
  expect((await storedDecision(context))?.id).toBe(ids[0]);
  expect(said(log)).toEqual([]);
  await context.close();
});

/** Accept in the banner; then the decision must hold on this page through re-reads of the cookie. */
async function acceptAndRefocus(page: Page) {
  await waitForBanner(page);
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  // Focus and visibilitychange re-read the cookie synchronously inside the dispatch: by the
  // time refocus() returns, a withdrawal would have happened.
  await refocus(page);
  expect(await has(page, 'analytics')).toBe(true);
  expect(await events(page)).toEqual({ consent: 1, change: 1, withdraw: 0 });
  expect(await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="accept-all"]')).isVisible()).toBe(false);
}

test('cookies blocked for the site: the decision holds for the page, with one warning that says why', async () => {
  const { context, page, log } = await open('/blocked', kelisimPage({ lang: 'en', data: { lang: 'en' } }), { init: [BLOCKED] });
  await acceptAndRefocus(page);

  // Another tab decides (it cannot store either) and tells this one, which re-reads the cookie.
  // Channels get a message in the order they were made, so once this page's own channel has it,
  // Kelisim's (made earlier) has re-read; its retries re-read the same empty cookie.
  await page.evaluate(() => {
    const channel = new BroadcastChannel('kelisim');
    channel.onmessage = () => ((window as unknown as { __told: boolean }).__told = true);
  });
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForBanner(other);
  await other.locator(inWidget('.panel [data-kelisim="reject-all"]')).click();
  await page.waitForFunction(() => (window as unknown as { __told?: boolean }).__told);
  expect(await has(page, 'analytics')).toBe(true);
  expect(await events(page)).toEqual({ consent: 1, change: 1, withdraw: 0 });
  expect(said(log)).toEqual([
    'Kelisim: cookies are blocked for this site, so the decision holds on this page only.',
  ]);
  await context.close();
});

test('a cookie domain that does not match the host: the decision holds for the page, the warning says what to set', async () => {
  const html = kelisimPage({ lang: 'en', data: { lang: 'en', 'cookie-domain': 'example.com' } });
  const { context, page, log } = await open('/wrong-domain', html, { host: 'www.example.kz' });
  await acceptAndRefocus(page);
  expect(await decisionCookies(context)).toEqual([]);
  expect(said(log)).toEqual([
    'Kelisim: cookie domain "example.com" does not match host "www.example.kz" (set data-cookie-domain to "www.example.kz" or a parent domain), ' +
      'so the decision holds on this page only.',
  ]);

  // The same tag with a matching parent domain stores it, and the next page reads it.
  const right = kelisimPage({ lang: 'en', data: { lang: 'en', 'cookie-domain': 'example.kz' } });
  server.page('/right-domain', right);
  await page.goto(`http://www.example.kz:${server.port}/right-domain`);
  await waitForBanner(page);
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await expect.poll(async () => (await decisionCookies(context)).map((c) => c.domain), POLL).toEqual(['.example.kz']);
  expect(said(log)).toHaveLength(1);
  await context.close();
});

test('an enumerable Object.prototype property (an old library) does not stop the decision from being stored', async () => {
  const polluted = '<script>Object.prototype.extend = function () { return this; }; Object.prototype.legacy = "yes";</script>';
  const { context, page, log } = await open('/polluted', kelisimPage({ lang: 'en', data: { lang: 'en' }, head: polluted }));
  await waitForBanner(page);
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  const [cookie] = await decisionCookies(context);
  // Format 2: accept-all grants the fixture's service too.
  expect(cookie?.value).toMatch(/^2\|2026-01\|analytics\|analytics\|.*\|yandex-metrica$/);
  expect(cookie?.sameSite).toBe('Lax');
  expect(said(log)).toEqual([]);
  // The next page reads it: the visitor is not asked again.
  await page.reload();
  await page.waitForFunction(() => (window as unknown as Recorded).Kelisim?.has('analytics'));
  expect(await gatedRuns(page)).toBe(1);
  await context.close();
});

test('document.cookie that throws: nothing throws, one "Kelisim:" message, the decision holds for the page', async () => {
  const { context, page, log } = await open('/sandboxed', kelisimPage({ lang: 'en', data: { lang: 'en' } }), { init: [THROWING] });
  await acceptAndRefocus(page);
  // A rejection afterwards (it also cleans up cookies) is recorded too, without a new message.
  await page.evaluate(() => (window as unknown as Recorded).Kelisim.rejectAll());
  expect(await has(page, 'analytics')).toBe(false);
  expect(said(log)).toEqual([
    'Kelisim: cookies cannot be read here (document.cookie throws): the visitor is asked on every page, and a decision holds on its page only.',
  ]);
  await context.close();
});
