// A returning visitor through the built script tag: the stored decision opens the gate with no
// request for the UI bundle or the policy; the UI comes only when the visitor reopens the settings.
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import {
  LOADER, POLICY, UI, acceptAllEarlier, decision, gated, loaderTag, openPage, pathsSince, ran, waitRan, widgetButton,
  type KelisimApi, type LoaderWindow,
} from './loader-page';

const { server, freshContext } = useBrowserSession();

/** A new context whose visitor accepted all on an earlier page (the banner's button, for real). */
async function returningVisitor(): Promise<BrowserContext> {
  const context = await freshContext();
  await acceptAllEarlier(server, context, '/earlier');
  return context;
}

/** Open `path` for the returning visitor; resolves once the network has been quiet for 500 ms. */
async function openReturning(path: string, head: string, body: string): Promise<{ page: Page; mark: number }> {
  const context = await returningVisitor();
  const mark = server.requests.length;
  const { page, uncaught } = await openPage(server, context, path, head, body);
  await page.waitForLoadState('networkidle');
  expect(uncaught).toEqual([]);
  return { page, mark };
}

test('a returning visitor: the gated script runs, Kelisim.get() has the decision, kelisim:ready fired; neither the UI nor the policy is fetched', async () => {
  const ready = `<script>addEventListener('kelisim:ready', (e) => (window.__log = window.__log || []).push(e.detail && e.detail.granted));</script>`;
  const { page, mark } = await openReturning('/back', ready + loaderTag(), gated('back'));
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['back']);
  expect(await decision(page)).toMatchObject({ granted: ['analytics'], revision: '2026-01', method: 'accept-all' });
  expect(await page.evaluate(() => (window as unknown as LoaderWindow).__log)).toEqual([['analytics']]);

  const paths = pathsSince(server, mark);
  expect(paths).toContain(LOADER);
  expect(paths).not.toContain(UI);
  expect(paths).not.toContain(POLICY);
  // No banner: only the loader's own "cookie settings" button (from the extras chunk, once the
  // page is idle), in the language decided in.
  await widgetButton(page, 'open-settings').waitFor();
  expect(await page.evaluate(() => [...document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('button')].map((b) => [b.dataset.kelisim, b.lang]))).toEqual([
    ['open-settings', 'kk'],
  ]);
});

test('the loader\'s "cookie settings" button opens the preferences dialog, fetching the UI only then', async () => {
  const { page, mark } = await openReturning('/floating', loaderTag(), gated('floating'));
  await widgetButton(page, 'open-settings').click();
  await page.locator('#kelisim [role="dialog"]').waitFor({ state: 'visible' });
  expect(pathsSince(server, mark).filter((path) => path === UI)).toHaveLength(1);
  // The widget took over: one dialog, and no second floating button beside it.
  expect(await page.locator('#kelisim').count()).toBe(1);
});

test('floatingButton: false draws no button for a returning visitor', async () => {
  const tag = loaderTag(`data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics" data-floating-button="false"`);
  const { page } = await openReturning('/no-floating', tag, gated('nf'));
  await waitRan(page, 1);
  expect(await page.locator('#kelisim').count()).toBe(0);
});

test('a host-page "cookie settings" link fetches the UI only when clicked, and opens the preferences dialog', async () => {
  const link = '<a href="#" data-kelisim="open-settings">Cookie settings</a>';
  const { page, mark } = await openReturning('/link', loaderTag(), gated('link') + link);
  expect(pathsSince(server, mark)).not.toContain(UI);

  await page.click('a[data-kelisim="open-settings"]');
  const dialog = page.locator('#kelisim [role="dialog"]');
  await dialog.waitFor({ state: 'visible' });
  expect(pathsSince(server, mark).filter((p) => p === UI)).toHaveLength(1);
  // The dialog shows the stored decision, and the link did not navigate.
  expect(await dialog.locator('[data-kelisim-category="analytics"]').isChecked()).toBe(true);
  expect(new URL(page.url()).hash).toBe('');
});

test('Kelisim.open() fetches the UI then, and opens the preferences dialog', async () => {
  const { page, mark } = await openReturning('/api-open', loaderTag(), gated('api-open'));
  expect(pathsSince(server, mark)).not.toContain(UI);

  await page.evaluate(() => (window as unknown as LoaderWindow).Kelisim.open());
  await page.locator('#kelisim [role="dialog"]').waitFor({ state: 'visible' });
  expect(pathsSince(server, mark)).toContain(UI);
});

test('callbacks pushed onto window.kelisim before the tag run once with the API; a push after load runs at once', async () => {
  const queue = `<script>
    window.kelisim = window.kelisim || [];
    kelisim.push((api) => (window.__log = window.__log || []).push(['queued', api === window.Kelisim, api.has('analytics')]));
  </script>`;
  const { page } = await openReturning('/queue', queue + loaderTag(), '');
  expect(await page.evaluate(() => (window as unknown as LoaderWindow).__log)).toEqual([['queued', true, true]]);

  const late = await page.evaluate(() => {
    const win = window as unknown as LoaderWindow;
    (win.kelisim as { push(cb: (api: KelisimApi) => void): void }).push((api) => win.__log!.push(['late', api.has('analytics')]));
    return [...win.__log!];
  });
  expect(late).toEqual([['queued', true, true], ['late', true]]);
});
