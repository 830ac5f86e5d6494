// The integrations as a script-tag site gets them: from the built loader and its lazy bundles.
import type { BrowserContext } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { gated, loaderTag, openPage, pathsSince, ran, waitRan, widgetButton, type LoaderWindow } from './loader-page';
import { useBrowserSession } from './support/browser-session';

const METRICA = '/test/fixtures/integrations/metrica-stub.js';
const config = `window.kelisimConfig = { yandexMetrica: { id: 4242, src: '${METRICA}' }, googleConsentMode: true };`;
const head = `<script>${config}</script>${loaderTag()}`;

type Page = LoaderWindow & {
  dataLayer: IArguments[];
  __metrica?: { loads: number; calls: { args: unknown[]; optedOut: boolean }[] };
} & Record<string, unknown>;

const { server, freshContext } = useBrowserSession();
let context: BrowserContext;
beforeEach(async () => {
  context = await freshContext();
});

test('before consent the loader sets the Metrica opt-out and the Consent Mode default; Metrica loads only after accept', async () => {
  const mark = server.requests.length;
  const { page } = await openPage(server, context, '/ym-first', head, gated('a'));
  await widgetButton(page, 'accept-all').waitFor();
  const before = await page.evaluate(() => {
    const w = window as unknown as Page;
    return {
      optedOut: w.disableYaCounter4242,
      first: [...w.dataLayer[0]!],
      isArguments: Object.prototype.toString.call(w.dataLayer[0]),
      metrica: w.__metrica?.loads ?? 0,
    };
  });
  expect(before.optedOut).toBe(true);
  expect(before.first.slice(0, 2)).toEqual(['consent', 'default']);
  expect(before.first[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' });
  expect(before.isArguments).toBe('[object Arguments]');
  expect(before.metrica).toBe(0);
  expect(pathsSince(server, mark)).not.toContain(METRICA);

  await widgetButton(page, 'accept-all').click();
  await page.waitForFunction(() => ((window as unknown as Page).__metrica?.loads ?? 0) === 1);
  const after = await page.evaluate(() => {
    const w = window as unknown as Page;
    return { optedOut: w.disableYaCounter4242, calls: w.__metrica!.calls, updates: w.dataLayer.filter((e) => e[1] === 'update').map((e) => e[2]) };
  });
  expect(after.optedOut).toBeUndefined();
  expect(after.calls).toEqual([{ args: [4242, 'init', { webvisor: false }], optedOut: false }]);
  expect(after.updates.at(-1)).toMatchObject({ analytics_storage: 'granted' });
  await waitRan(page, 1);
});

test('a returning visitor: Consent Mode default then update in the same tick, Metrica from the trackers bundle, no UI bundle', async () => {
  const first = await openPage(server, context, '/ym-accept', head);
  await widgetButton(first.page, 'accept-all').click();
  await first.page.waitForFunction(() => ((window as unknown as Page).__metrica?.loads ?? 0) === 1);

  const mark = server.requests.length;
  const probe = `<script>window.__seen = (window.dataLayer || []).map((e) => e[0] + ' ' + e[1]);</script>`;
  const { page } = await openPage(server, context, '/ym-return', head + probe, gated('b'));
  await waitRan(page, 1);
  await page.waitForFunction(() => ((window as unknown as Page).__metrica?.loads ?? 0) === 1);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.slice(0, 2))).toEqual(['consent default', 'consent update']);
  expect(await ran(page)).toEqual(['b']);
  const paths = pathsSince(server, mark);
  expect(paths).toContain('/dist/kelisim-trackers.js');
  expect(paths).not.toContain('/dist/kelisim-banner.js');
  expect(paths).not.toContain('/dist/kelisim-ui.js');
  expect(paths).not.toContain('/test/fixtures/policy.json');
});

test('Global Privacy Control: the banner says why, optional categories are declined, nothing gated runs', async () => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const { page } = await openPage(server, context, '/gpc', head, gated('c'));
  await widgetButton(page, 'open-settings').waitFor();
  const text = await page.evaluate(() => document.getElementById('kelisim')!.shadowRoot!.textContent ?? '');
  expect(text).toMatch(/Global Privacy Control|GPC/);
  expect(await page.evaluate(() => (window as unknown as Page).Kelisim.get()?.method)).toBe('gpc');
  expect(await page.evaluate(() => (window as unknown as Page).Kelisim.has('analytics'))).toBe(false);
  // The gate acts on a decision at once and in document order: a necessary tag added now has run,
  // so the analytics one would have run before it. The trackers' bundle came and went: the network
  // is idle, so a Metrica tag it inserted would have been fetched and run.
  await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), gated('after', 'necessary'));
  await waitRan(page, 1);
  await page.waitForLoadState('networkidle');
  expect(await ran(page)).toEqual(['after']);
  expect(await page.evaluate(() => (window as unknown as Page).__metrica?.loads ?? 0)).toBe(0);

  // The visitor can still opt in explicitly.
  await page.evaluate(() => (window as unknown as Page).Kelisim.acceptAll());
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['after', 'c']);
});

test('the decision cookie is first-party, SameSite=Lax, on "/", and lives about 6 months', async () => {
  const { page } = await openPage(server, context, '/cookie', loaderTag());
  await widgetButton(page, 'reject-all').click();
  await page.waitForFunction(() => document.cookie.includes('kelisim='));
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'kelisim');
  expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', httpOnly: false, domain: '127.0.0.1' });
  const days = (cookie!.expires * 1000 - Date.now()) / 864e5;
  expect(days).toBeGreaterThan(181);
  expect(days).toBeLessThan(183);
  expect(cookie!.value.length).toBeLessThan(200);
});
