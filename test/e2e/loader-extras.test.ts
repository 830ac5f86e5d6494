// Issue 12: the extras chunk (dist/kelisim-extras.js) — a returning visitor's "cookie settings"
// button, tab sync and the withdrawal event — comes after the loader has done its part, and
// misses nothing that changed while it downloaded; on a first visit it comes with the UI.
import { expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { holdRequests } from './support/held-requests';
import { decisionCookie } from './support/pages';
import { UI, decision, gated, loaderTag, openPage, pathsSince, ran, waitRan, widgetButton, type LoaderWindow } from './loader-page';

const EXTRAS = '/dist/kelisim-extras.js';
const { server, freshContext } = useBrowserSession({ afterEachTest: () => held.release() });
/** Requests for the extras chunk, held back when a test asks. */
const held = holdRequests(server, EXTRAS);

async function newContext(cookie?: string): Promise<BrowserContext> {
  const context = await freshContext();
  await context.addInitScript(`window.__withdrawn = []; addEventListener('kelisim:withdraw', (e) => window.__withdrawn.push(e.detail.revoked));`);
  if (cookie) await context.addCookies([{ name: 'kelisim', value: cookie, url: server.origin }]);
  return context;
}

test('a returning visitor: the gate opens without the extras; a decision changed while they download is heard when they start', async () => {
  const context = await newContext(decisionCookie());
  held.hold();
  const mark = server.requests.length;
  const { page, uncaught } = await openPage(server, context, '/extras-held', loaderTag(), gated('held'));
  await waitRan(page, 1);
  await expect.poll(() => held.count).toBe(1);
  // The loader alone: no button yet, no UI.
  expect(await page.locator('#kelisim').count()).toBe(0);
  expect(pathsSince(server, mark)).not.toContain(UI);

  // Another tab declines meanwhile (the cookie changes; no focus or message reaches this page).
  await context.addCookies([{ name: 'kelisim', value: decisionCookie({ granted: [], method: 'reject-all', id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }), url: server.origin }]);
  expect(await decision(page)).toMatchObject({ method: 'accept-all' });
  held.release();
  // The extras re-read the decision as they start, and then draw the button.
  await widgetButton(page, 'open-settings').waitFor();
  expect(await decision(page)).toMatchObject({ method: 'reject-all' });
  expect(await page.evaluate(() => (window as unknown as { __withdrawn: string[][] }).__withdrawn)).toEqual([['analytics']]);
  expect(await ran(page)).toEqual(['held']);
  expect(uncaught).toEqual([]);
});

test('a first visit loads the extras with the UI: a decision in one tab reaches the other open tab', async () => {
  const context = await newContext();
  const mark = server.requests.length;
  const a = await openPage(server, context, '/extras-tab-a', loaderTag(), gated('a'));
  const b = await openPage(server, context, '/extras-tab-b', loaderTag(), gated('b'));
  await widgetButton(b.page, 'accept-all').waitFor();
  expect(pathsSince(server, mark).filter((p) => p === EXTRAS)).toHaveLength(2);
  await widgetButton(a.page, 'accept-all').click();
  await waitRan(b.page, 1);
  expect(await b.page.evaluate(() => (window as unknown as LoaderWindow).Kelisim.has('analytics'))).toBe(true);
  expect([...a.uncaught, ...b.uncaught]).toEqual([]);
});
