// The consent flows of loader-first-visit, loader-returning and script-gate, in Firefox ESR (over
// WebDriver BiDi) on the built dist/ files: first visit, accept, reject, returning visitor, gate order.
// Skipped, with one line saying how to install it, where Firefox is not installed.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'puppeteer-core';
import { firefoxFound, launchFirefox, skipMessage, type TestFirefox } from './support/firefox';
import { actionsIn, buttonSelector, cookieDecision, openFirefoxPage, ranIn, waitRanIn } from './support/firefox-page';
import { decisionCookie, POLL } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';
import { LOADER, POLICY, STUB, UI, gated, loaderTag, pathsSince, stubRequests, type LoaderWindow } from './loader-page';

const FOUND = firefoxFound();
if (!FOUND) console.warn(skipMessage());

const STUB_CODE = readFileSync(`${ROOT}${STUB}`);

let firefox: TestFirefox | undefined;
let server: TestServer;
const contexts: BrowserContext[] = [];

/** A fresh visitor: a new browser context, no cookie, no earlier decision. */
async function freshContext(): Promise<BrowserContext> {
  const context = await firefox!.browser.createBrowserContext();
  contexts.push(context);
  return context;
}

/** A gated external stub answered after `delay` ms: a slow tag before quick ones proves document order. */
const slowGated = (name: string, delay: number) =>
  `<script type="text/plain" data-consent="analytics" src="${STUB}?name=${name}&amp;delay=${delay}"></script>`;
/** A gated inline script that records `name`. */
const gatedInline = (name: string) =>
  `<script type="text/plain" data-consent="analytics">(window.__ran = window.__ran || []).push('${name}')</script>`;

describe.skipIf(!FOUND)('in Firefox', () => {
  beforeAll(async () => {
    server = await startServer();
    // `?delay=` holds the stub's answer back (a slow third-party tag); without it the static file is served.
    server.handle((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (url.pathname !== STUB || !delay) return false;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        res.end(STUB_CODE);
      }, delay);
    });
    firefox = await launchFirefox();
  });
  afterEach(async () => { await Promise.all(contexts.splice(0).map((c) => c.close())); });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('a first visit shows the banner and runs nothing gated; accept-all runs the gated script and stores the cookie', async () => {
    const context = await freshContext();
    const mark = server.requests.length;
    const { page, uncaught } = await openFirefoxPage(server, context, '/ff-first', loaderTag(), gated('ff-first'));
    const accept = await page.waitForSelector(buttonSelector('accept-all'), { visible: true });
    expect(pathsSince(server, mark)).toEqual(expect.arrayContaining([LOADER, UI, POLICY]));
    expect(await actionsIn(page)).toEqual(expect.arrayContaining(['accept-all', 'reject-all', 'open-settings']));
    expect(await ranIn(page)).toEqual([]);
    expect(stubRequests(server, 'ff-first')).toBe(0);
    expect(await cookieDecision(context)).toBeNull();

    await accept!.click();
    await waitRanIn(page, 'ff-first');
    expect(await ranIn(page)).toEqual(['ff-first']);
    await expect.poll(() => cookieDecision(context), POLL).toMatchObject({ granted: ['analytics'], revision: '2026-01', method: 'accept-all' });
    await page.waitForSelector(buttonSelector('accept-all'), { hidden: true });
    expect(uncaught).toEqual([]);
  });

  test('"Necessary only" stores the cookie and runs nothing optional', async () => {
    const context = await freshContext();
    const { page, uncaught } = await openFirefoxPage(server, context, '/ff-reject', loaderTag(), gated('ff-optional'));
    await (await page.waitForSelector(buttonSelector('reject-all'), { visible: true }))!.click();
    await expect.poll(() => cookieDecision(context), POLL).toMatchObject({ granted: [], method: 'reject-all' });
    // The gate acts on a decision at once and in document order: a necessary tag added after the
    // rejection has run, so an analytics tag released by it would have run (or been requested) first.
    await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), gated('ff-after', 'necessary'));
    await waitRanIn(page, 'ff-after');
    expect(await ranIn(page)).toEqual(['ff-after']);
    expect(stubRequests(server, 'ff-optional')).toBe(0);
    expect(await page.evaluate(() => (window as unknown as LoaderWindow).Kelisim.has('analytics'))).toBe(false);
    expect(uncaught).toEqual([]);
  });

  test('a returning visitor sees no banner, the gated script runs, and the UI bundle is never fetched', async () => {
    const context = await freshContext();
    const url = new URL(server.origin);
    await context.setCookie({ name: 'kelisim', value: decisionCookie(), domain: url.hostname, path: '/' });
    const mark = server.requests.length;
    // networkidle0: the page has loaded and asked for nothing more for a while, as Chromium's
    // loader-returning test waits, so a UI bundle import would have shown up by now.
    const { page, uncaught } = await openFirefoxPage(server, context, '/ff-back', loaderTag(), gated('ff-back'), 'networkidle0');
    await waitRanIn(page, 'ff-back');
    expect(await ranIn(page)).toEqual(['ff-back']);
    const paths = pathsSince(server, mark);
    expect(paths).toContain(LOADER);
    expect(paths).not.toContain(UI);
    expect(paths).not.toContain(POLICY);
    // No banner: only the loader's own "cookie settings" button.
    expect(await actionsIn(page)).toEqual(['open-settings']);
    expect(uncaught).toEqual([]);
  });

  test('the gate runs inline and external tags in document order, a slow tag holding back those after it', async () => {
    const context = await freshContext();
    const body = slowGated('ff-slow', 400) + gatedInline('ff-inline-1') + gated('ff-quick') + gatedInline('ff-inline-2');
    const { page, uncaught } = await openFirefoxPage(server, context, '/ff-order', loaderTag(), body);
    await (await page.waitForSelector(buttonSelector('accept-all'), { visible: true }))!.click();
    await waitRanIn(page, 'ff-inline-2');
    expect(await ranIn(page)).toEqual(['ff-slow', 'ff-inline-1', 'ff-quick', 'ff-inline-2']);
    expect(uncaught).toEqual([]);
  });
});
