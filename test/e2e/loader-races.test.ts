// Issue 11, the script tag in races and odd set-ups: host-page controls clicked while the UI
// bundle downloads, the tag twice, a returning visitor whose tag names no categories, a browser
// without constructable stylesheets.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { validatePolicy } from '../../src/core/validate-policy';
import { useBrowserSession } from './support/browser-session';
import { holdRequests } from './support/held-requests';
import { decisionCookie, decisionCookies, inWidget, waitForBanner, waitForDialog } from './support/pages';
import { ROOT } from './support/server';
import { LOADER, POLICY, UI, decision, gated, loaderTag, openPage, pathsSince, ran, waitRan, widgetButton, type LoaderWindow } from './loader-page';

const { server, freshContext } = useBrowserSession({ afterEachTest: () => held.release() });
/** Requests for the UI bundle, held back when a test asks. */
const held = holdRequests(server, UI);

/** The test policy with a second optional category, `marketing`, on the same revision. */
const TWO_CATEGORIES = '/policies/two-categories.json';
function twoCategoryPolicy(): string {
  const policy = JSON.parse(readFileSync(`${ROOT}test/fixtures/policy.json`, 'utf8'));
  const analytics = policy.categories.find((c: { id: string }) => c.id === 'analytics');
  const marketing = JSON.parse(JSON.stringify(analytics).replaceAll('"id":"', '"id":"m-'));
  marketing.id = 'marketing';
  marketing.title = { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' };
  // Each cookie is listed once in a policy: the copied service sets cookies of its own.
  for (const service of marketing.services) for (const cookie of service.cookies ?? []) cookie.name = `m_${cookie.name}`;
  policy.categories.push(marketing);
  const purpose = JSON.parse(JSON.stringify(policy.purposes.find((p: { category: string }) => p.category === 'analytics')));
  policy.purposes.push({ ...purpose, id: 'ads', category: 'marketing' });
  const problems = validatePolicy(policy);
  if (problems.length) throw new Error(`the two-category test policy is invalid: ${JSON.stringify(problems)}`);
  return JSON.stringify(policy);
}

const twoCategories = twoCategoryPolicy();
server.handle((req, res) => {
  if (!req.url?.startsWith(TWO_CATEGORIES)) return false;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(twoCategories);
});

/** What the page's own listeners heard from its first moment: consent events, unhandled rejections. */
const RECORD = `window.__methods = []; window.__rejections = [];
addEventListener('kelisim:consent', (e) => window.__methods.push(e.detail.method));
addEventListener('unhandledrejection', (e) => window.__rejections.push(String(e.reason)));`;

type RecordingWindow = LoaderWindow & { __methods: string[]; __rejections: string[] };

/** A fresh context that records consent events and console warnings; `cookie` is a stored decision. */
async function newContext(cookie?: string, init = ''): Promise<{ context: BrowserContext; warnings: string[] }> {
  const context = await freshContext();
  await context.addInitScript(RECORD + init);
  if (cookie) await context.addCookies([{ name: 'kelisim', value: cookie, url: server.origin }]);
  const warnings: string[] = [];
  context.on('console', (message) => void (message.type() === 'warning' && warnings.push(message.text())));
  return { context, warnings };
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as RecordingWindow;
    return { methods: win.__methods, rejections: win.__rejections };
  });

const uiRequested = () => server.requests.some((r) => r.url.startsWith(UI));

test.each([
  ['data-revision and data-categories', undefined],
  ['data-policy only', `data-policy="${POLICY}"`],
])('host-page controls clicked while the UI bundle downloads (tag with %s) are done in order once it is there; the link is not followed', async (_name, attrs) => {
  held.hold();
  const { context } = await newContext();
  const controls = `<a id="accept" href="/elsewhere" data-kelisim="accept-all">Accept</a>
    <button id="reject" data-kelisim="reject-all">Necessary only</button>
    <a id="settings" href="/elsewhere-too" data-kelisim="open-settings">Cookie settings</a>`;
  const path = `/early-clicks-${attrs ? 'policy' : 'full'}`;
  const { page, uncaught } = await openPage(server, context, path, loaderTag(attrs), controls + gated('early'));
  await expect.poll(uiRequested).toBe(true);
  await page.click('#accept');
  await page.click('#reject');
  await page.click('#accept');
  await page.click('#settings');
  held.release();
  // The last click opens the dialog: by then every earlier one has been done.
  await waitForDialog(page);
  expect((await recorded(page)).methods).toEqual(['accept-all', 'reject-all', 'accept-all']);
  expect(await decision(page)).toMatchObject({ method: 'accept-all', granted: ['analytics'] });
  await waitRan(page, 1);
  expect(new URL(page.url()).pathname).toBe(path);
  expect(server.requests.filter((r) => r.url.startsWith('/elsewhere'))).toEqual([]);
  expect(await decisionCookies(context)).toHaveLength(1);
  expect(uncaught).toEqual([]);
  expect((await recorded(page)).rejections).toEqual([]);
});

const FULL = `data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics"`;
const POLICY_ONLY = `data-policy="${POLICY}"`;
const REVISION_ONLY = `data-policy="${POLICY}" data-revision="2026-01"`;

test.each([
  ['with data-categories, then with', FULL, FULL],
  ['with data-categories, then without', FULL, POLICY_ONLY],
  ['without data-categories, then with', POLICY_ONLY, FULL],
  ['without data-categories, then without', POLICY_ONLY, POLICY_ONLY],
  ['with data-revision only, twice', REVISION_ONLY, REVISION_ONLY],
])('the tag twice (%s): one widget, one banner, one cookie, one consent event, one warning', async (name, first, second) => {
  const { context, warnings } = await newContext();
  const path = `/twice-${name.replaceAll(/\W+/g, '-')}`;
  const { page, uncaught } = await openPage(server, context, path, loaderTag(first) + loaderTag(second), gated('twice'));
  await waitForBanner(page);
  expect(await page.evaluate(() => document.querySelectorAll('#kelisim').length)).toBe(1);
  expect(await page.locator(inWidget('.panel:not(.dialog)')).count()).toBe(1);
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['twice']);
  // No second banner was left underneath.
  expect(await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="accept-all"]')).isVisible()).toBe(false);
  expect(await decisionCookies(context)).toHaveLength(1);
  // A round trip through the UI bundle's store after the click: a second start would have been heard by now.
  await page.evaluate(() => (window as unknown as LoaderWindow).Kelisim.acceptAll());
  expect((await recorded(page)).methods).toEqual(['accept-all', 'accept-all']);
  expect(warnings.filter((w) => w.startsWith('Kelisim:'))).toEqual([
    'Kelisim: the script tag is on the page twice; the second one is ignored. Remove it.',
  ]);
  expect(uncaught).toEqual([]);
});

test.each([
  ['with data-categories', FULL, 1],
  ['without data-categories', POLICY_ONLY, 1],
  ['twice', FULL, 2],
])('a page whose own window.Kelisim exists (tag %s): it is left alone, Kelisim still works, and the warning says so', async (_name, attrs, tags) => {
  const { context, warnings } = await newContext();
  const own = `<script>window.Kelisim = { mine: true }</script>
    <script>window.kelisim = [(api) => (window.__api = typeof api.acceptAll)]</script>`;
  const path = `/own-kelisim-${attrs.length}-${tags}`;
  const { page, uncaught } = await openPage(server, context, path, own + loaderTag(attrs).repeat(tags), gated('own'));
  await waitForBanner(page);
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await waitRan(page, 1);
  expect(await page.evaluate(() => [(window as unknown as { Kelisim: unknown }).Kelisim, (window as unknown as { __api: string }).__api])).toEqual([
    { mine: true },
    'function',
  ]);
  expect(await page.evaluate(() => document.querySelectorAll('#kelisim').length)).toBe(1);
  const ours = warnings.filter((w) => w.startsWith('Kelisim:'));
  expect(ours.filter((w) => w.includes('window.Kelisim is already defined by this page') && w.includes('rename'))).toHaveLength(1);
  expect(ours.filter((w) => w.includes('twice'))).toHaveLength(tags - 1);
  expect(uncaught).toEqual([]);
});

test('a returning visitor whose tag has data-policy and data-revision only: the gate opens at once, nothing else is fetched', async () => {
  const { context } = await newContext(decisionCookie());
  const mark = server.requests.length;
  const { page, uncaught } = await openPage(server, context, '/revision-only', loaderTag(REVISION_ONLY), gated('rev'));
  await waitRan(page, 1);
  await page.waitForLoadState('networkidle');
  expect(await decision(page)).toMatchObject({ granted: ['analytics'], revision: '2026-01' });
  const paths = pathsSince(server, mark);
  expect(paths).toContain(LOADER);
  expect(paths).not.toContain(UI);
  expect(paths).not.toContain(POLICY);
  expect(await widgetButton(page, 'open-settings').isVisible()).toBe(true);
  expect(uncaught).toEqual([]);
});

test('…and when the policy turns out to have another category, the visitor is asked again on opening the settings', async () => {
  const tag = loaderTag(`data-policy="${TWO_CATEGORIES}" data-revision="2026-01"`);
  const body = gated('analytics-1') + gated('marketing-1', 'marketing');
  const { context } = await newContext(decisionCookie());
  const { page, uncaught } = await openPage(server, context, '/new-category', tag, body);
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['analytics-1']);

  await widgetButton(page, 'open-settings').click();
  await waitForDialog(page);
  // The old decision no longer applies: nothing is decided, the cookie is gone, and both categories are offered.
  expect(await decision(page)).toBeNull();
  expect(await decisionCookies(context)).toEqual([]);
  expect(await page.locator(inWidget('.dialog [data-kelisim-category="marketing"]')).count()).toBe(1);
  await page.locator(inWidget('.dialog [data-kelisim="accept-all"]')).click();
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['analytics-1', 'marketing-1']);
  expect(await decision(page)).toMatchObject({ granted: ['analytics', 'marketing'], categories: ['analytics', 'marketing'] });

  // The next page takes both categories from the new decision, again without the UI bundle.
  const mark = server.requests.length;
  const next = await openPage(server, context, '/new-category-next', tag, gated('analytics-2') + gated('marketing-2', 'marketing'));
  await waitRan(next.page, 2);
  await next.page.waitForLoadState('networkidle');
  expect(pathsSince(server, mark)).not.toContain(UI);
  expect(uncaught).toEqual([]);
  expect(next.uncaught).toEqual([]);
});

/** Safari before 16.4: no `adoptedStyleSheets`, and `new CSSStyleSheet()` throws. */
const NO_CONSTRUCTABLE_SHEETS = `delete ShadowRoot.prototype.adoptedStyleSheets;
delete Document.prototype.adoptedStyleSheets;
delete CSSStyleSheet.prototype.replaceSync;
delete CSSStyleSheet.prototype.replace;
window.CSSStyleSheet = function CSSStyleSheet() { throw new TypeError('Illegal constructor'); };`;

test('without constructable stylesheets a returning visitor still gets the styled "cookie settings" button, and it opens the styled dialog', async () => {
  const { context } = await newContext(decisionCookie(), NO_CONSTRUCTABLE_SHEETS);
  const { page, uncaught, errors } = await openPage(server, context, '/no-sheets', loaderTag(), gated('sheets'));
  await waitRan(page, 1);
  const button = widgetButton(page, 'open-settings');
  await button.waitFor({ state: 'visible' });
  expect(await button.evaluate((el) => [getComputedStyle(el).position, el.getRootNode() instanceof ShadowRoot && !!(el.getRootNode() as ShadowRoot).querySelector('style')])).toEqual([
    'fixed',
    true,
  ]);
  await button.click();
  await waitForDialog(page);
  expect(await page.locator(inWidget('[role="dialog"].dialog')).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(uncaught).toEqual([]);
  expect(errors).toEqual([]);
});
