import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { decisionCookies, gatedRuns, kelisimPage, nextFrame, openPage, POLL, widgetShown } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;

/** The valid test policy, changed by `edit`. */
function broken(edit: (policy: Record<string, any>) => void): string {
  const policy = JSON.parse(readFileSync(`${ROOT}test/fixtures/policy.json`, 'utf8'));
  edit(policy);
  return JSON.stringify(policy);
}

/** Where a guard message sends the writer for the whole check. */
const CHECK_ALL = 'validatePolicy() from kelisim/core';

/**
 * Each kind of policy the widget cannot show: what is served at its URL, and what the console
 * error must name. The widget guards the policy (src/core/guard-policy.ts); its full validation
 * is the writer's, so each message names the first problem and points to `validatePolicy`.
 */
const CASES: { name: string; body?: string; names: string[] }[] = [
  { name: 'bad-bin', body: broken((p) => (p.operator.bin = '180540012344')), names: ['$.operator.bin', 'check digit', CHECK_ALL] },
  // A text missing in one language is shown in another (data-fallback); in none, it cannot be shown.
  { name: 'text-in-no-language', body: broken((p) => (p.categories[1].title = {})), names: ['$.categories[1].title', 'no text in any language', CHECK_ALL] },
  { name: 'text-not-text', body: broken((p) => (p.categories[1].title.ru = 42)), names: ['$.categories[1].title.ru', 'must be text', CHECK_ALL] },
  { name: 'unknown-category', body: broken((p) => (p.purposes[2].category = 'marketing')), names: ['$.purposes[2].category', 'marketing', CHECK_ALL] },
  { name: 'not-an-object', body: '[]', names: ['$', CHECK_ALL] },
  { name: 'invalid-json', body: '{ "revision": "2026-01", "operator": { "name": ', names: ['/policies/invalid-json.json', 'JSON'] },
  { name: 'not-found', names: ['/policies/not-found.json', '404'] },
];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  server.handle((req, res) => {
    const found = CASES.find((c) => c.body !== undefined && req.url?.startsWith(`/policies/${c.name}.json`));
    if (!found) return false;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(found.body);
  });
});
afterAll(async () => { await browser.close(); await server.close(); });

/** Everything the page's own error handlers hear, from its first moment. */
const RECORD_ERRORS = `window.__onerror = [];
addEventListener('error', (e) => window.__onerror.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__onerror.push(String(e.reason)));`;

/** A page script after the loader tag and the gated one, and a button of the page's own. */
const BODY = `<main><h1>Shop</h1><button id="own" onclick="this.textContent = 'clicked'">Buy</button></main>
<script>window.pageScriptRan = true</script>`;

test.each(CASES.flatMap((c) => [
  { ...c, tag: 'with data-revision' },
  { ...c, tag: 'without data-revision' },
]))('a policy that is $name ($tag): one clear console error, no banner, nothing granted, the page works', async ({ name, names, tag }) => {
  const data = { policy: `/policies/${name}.json`, lang: 'en', ...(tag === 'without data-revision' && { revision: undefined, categories: undefined }) };
  const { context, page, log } = await openPage(browser, server, `/bad-policy-${name}-${tag.length}`, kelisimPage({ lang: 'en', data, body: BODY }), {
    init: RECORD_ERRORS,
  });
  const ours = () => log.errors.filter((e) => e.includes('Kelisim'));
  await expect.poll(ours, POLL).toHaveLength(1);
  for (const part of names) expect(ours()[0]).toContain(part);
  // A banner that followed the error would be on screen once the page has loaded and drawn a frame.
  await page.waitForLoadState('load');
  await nextFrame(page);
  expect(await widgetShown(page)).toBe(false);
  expect(await gatedRuns(page)).toBe(0);
  expect(await decisionCookies(context)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { Kelisim?: { get(): unknown } }).Kelisim?.get() ?? null)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { pageScriptRan?: boolean }).pageScriptRan)).toBe(true);
  await page.click('#own');
  expect(await page.textContent('#own')).toBe('clicked');
  expect(await page.evaluate(() => (window as unknown as { __onerror: string[] }).__onerror)).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(ours()).toHaveLength(1);
  await context.close();
});
