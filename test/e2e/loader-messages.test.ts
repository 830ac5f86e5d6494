// Issue 11: what the script tag says in the console when something is wrong — always a line of
// Kelisim's own that says what to do, never an unhandled rejection — and the warning about
// preload links to tracker hosts, which bypass any consent tool.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { waitForBanner } from './support/pages';
import { ROOT } from './support/server';
import { DIALOG, LOADER, POLICY, STUB, UI, gated, loaderTag, openPage, ran, stubRequests, waitForError, waitRan, widgetButton, type LoaderPage, type LoaderWindow } from './loader-page';

const { server, freshContext } = useBrowserSession();
/** The loader alone in a folder without the UI bundle beside it (an incomplete upload). */
const LONE_LOADER = '/lone/kelisim.js';
server.handle((req, res) => {
  if (!req.url?.startsWith(LONE_LOADER)) return false;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(`${ROOT}dist/kelisim.js`));
});

/** The page's own error handlers, from its first moment. */
const RECORD = `window.__heard = [];
addEventListener('error', (e) => window.__heard.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__heard.push('unhandledrejection: ' + String(e.reason)));`;

/** Open a first visit with the page's error handlers recorded and console warnings collected. */
async function visit(path: string, head: string, body = ''): Promise<LoaderPage & { warnings: string[] }> {
  const context = await freshContext();
  await context.addInitScript(RECORD);
  const warnings: string[] = [];
  context.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
  return { ...(await openPage(server, context, path, head, body)), warnings };
}

/** Nothing the page's own handlers heard, nothing uncaught, and every console error from a script is Kelisim's. */
async function expectOnlyKelisimMessages({ page, uncaught, errors }: LoaderPage, allowBrowser: RegExp[] = []) {
  // A round trip through the page (a task of its own): rejections of earlier tasks are reported by now.
  await page.evaluate(() => 0);
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  expect(uncaught).toEqual([]);
  expect(errors.filter((e) => !e.startsWith('Kelisim:') && !allowBrowser.some((re) => re.test(e)))).toEqual([]);
}

/** Decide through the host page's link and through the API: neither may leave a rejection unhandled. */
async function tryToDecide(page: Page) {
  await page.click('#accept');
  const api = await page.evaluate(() =>
    Promise.resolve((window as unknown as LoaderWindow).Kelisim.acceptAll()).then(
      () => 'resolved',
      (error: Error) => error.message,
    ),
  );
  expect(api).toMatch(/^Kelisim: /);
}

const ACCEPT_LINK = '<a id="accept" href="#" data-kelisim="accept-all">Accept</a>';

test.each([
  ['with data-revision', 'data-revision="2026-01" data-categories="analytics"'],
  ['without data-revision', ''],
])('an inline #kelisim-policy broken by a raw </script> (tag %s): one Kelisim error that says to write \\u003c', async (_name, attrs) => {
  // The "</script>" in the text ends the element: what is left is not JSON.
  const inline = `<script type="application/json" id="kelisim-policy">{"revision": "2026-01", "summary": {"en": "see </script> here"}}</script>`;
  const loaded = await visit(`/inline-broken-${attrs.length}`, inline + loaderTag(attrs), gated('inline'));
  const error = await waitForError(loaded, 'Kelisim:', 'kelisim-policy', 'not valid JSON');
  expect(error).toContain('\\u003c');
  expect(await ran(loaded.page)).toEqual([]);
  // The browser's own 404 for /favicon.ico may come at any time.
  await expectOnlyKelisimMessages(loaded, [/Failed to load resource/]);
});

test('the loader and its chunks on another origin that sends no CORS headers: the banner shows and accept-all works', async () => {
  // Issue 12: the chunks are classic scripts, which a CDN or static host serves without CORS.
  const cdnHost = `cdn.kelisim.test:${server.port}`;
  const mark = server.requests.length;
  const loaded = await visit('/ui-cross-origin', `<script src="http://${cdnHost}${LOADER}" data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics"></script>`, gated('cdn'));
  await widgetButton(loaded.page, 'accept-all').click();
  await waitRan(loaded.page, 1);
  expect(await ran(loaded.page)).toEqual(['cdn']);
  expect(server.requests.slice(mark).filter((r) => r.url === UI).map((r) => r.host)).toEqual([cdnHost]);
  await expectOnlyKelisimMessages(loaded, [/Failed to load resource/]);
  expect(loaded.errors).toEqual([]);
});

test('a UI bundle missing beside the loader: the error names its URL and says to copy it there; nothing unhandled', async () => {
  const loaded = await visit('/ui-missing', `<script src="${LONE_LOADER}" data-policy="${POLICY}"></script>`, ACCEPT_LINK);
  const error = await waitForError(loaded, 'Kelisim:', `${server.origin}/lone/kelisim-banner.js`);
  expect(error).toContain('copy it next to kelisim.js');
  await loaded.page.click('#accept');
  await expectOnlyKelisimMessages(loaded, [/Failed to load resource/]);
});

test('a chunk loaded on a page without the loader, or twice, throws nothing', async () => {
  // The dialog chunk first, before the banner chunk it runs on.
  const chunks = `<script src="${DIALOG}"></script><script src="${UI}"></script><script src="/dist/kelisim-trackers.js"></script>`;
  const loaded = await visit('/chunks-alone', chunks + chunks);
  // Every chunk tag has run once the page's load event has fired.
  await loaded.page.waitForFunction(() => document.readyState === 'complete');
  await expectOnlyKelisimMessages(loaded);
  expect(loaded.errors).toEqual([]);
});

test('a policy URL on another origin without CORS headers: the error names the URL and the missing header; nothing unhandled', async () => {
  const url = `http://policies.kelisim.test:${server.port}${POLICY}`;
  const loaded = await visit('/policy-cross-origin', loaderTag(`data-policy="${url}" data-revision="2026-01" data-categories="analytics"`), ACCEPT_LINK);
  const error = await waitForError(loaded, 'Kelisim:', url);
  expect(error).toContain('Access-Control-Allow-Origin');
  await tryToDecide(loaded.page);
  await expectOnlyKelisimMessages(loaded, [/CORS policy/, /Failed to load resource/]);
});

test('preload, prefetch and modulepreload links to tracker hosts are each warned about; other links are not', async () => {
  // Every host name reaches the local server: the trackers' hosts answer with the stub.
  const at = (host: string, name: string) => `http://${host}:${server.port}${STUB}?name=${name}`;
  const links = `<link rel="preload" as="script" href="${at('mc.yandex.ru', 'metrika')}">
    <link rel="modulepreload" href="${at('www.googletagmanager.com', 'gtm')}">
    <link rel="prefetch" href="${at('connect.facebook.net', 'pixel')}">
    <link rel="preload" as="script" href="${STUB}?name=own">
    <link rel="stylesheet" href="${at('www.google-analytics.com', 'css')}">`;
  const loaded = await visit('/tracker-preloads', links + loaderTag());
  await waitForBanner(loaded.page);
  await expect.poll(() => loaded.warnings.filter((w) => w.startsWith('Kelisim:')).length).toBe(3);
  const ours = loaded.warnings.filter((w) => w.startsWith('Kelisim:'));
  for (const [host, rel] of [['mc.yandex.ru', 'preload'], ['www.googletagmanager.com', 'modulepreload'], ['connect.facebook.net', 'prefetch']]) {
    expect(ours.filter((w) => w.includes(host!) && w.includes(`rel="${rel}"`) && w.includes('remove'))).toHaveLength(1);
  }
  // The browser did fetch the preloaded tracker: that is why the warning exists.
  expect(stubRequests(server, 'metrika')).toBeGreaterThan(0);
  await expectOnlyKelisimMessages(loaded, [/CORS policy/, /Failed to load resource/]);
});
