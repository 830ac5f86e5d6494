// The privacy-policy page through the built script tag: `<div data-kelisim="policy-page">` gets
// the notice from dist/kelisim-page.js, in the page's language (or the element's data-lang), with
// the visitor's decision and a "change my choice" button that opens the widget's dialog.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import { POLICY, UI, acceptAllEarlier, loaderTag, openPage, pathsSince, waitForError, widgetButton } from './loader-page';

type Locale = { current: string; granted: string; none: string; page: { title: string; change: string } };
const locale = (lang: string) => JSON.parse(readFileSync(`${ROOT}locales/${lang}.json`, 'utf8')) as Locale;
const KK = locale('kk');
const RU = locale('ru');
const PAGE_CHUNK = '/dist/kelisim-page.js';
const HOLDER = '<div data-kelisim="policy-page"></div>';
const BAD_POLICY = '/policy-page-tag/bad-policy.json';

const { server, freshContext } = useBrowserSession();
const broken = JSON.parse(readFileSync(`${ROOT}${POLICY}`, 'utf8'));
broken.categories = 'analytics';
server.page(BAD_POLICY, JSON.stringify(broken), { 'content-type': 'application/json' });

/** A context whose visitor accepted all on an earlier page (the banner's button, for real). */
async function returningVisitor(): Promise<BrowserContext> {
  const context = await freshContext();
  await acceptAllEarlier(server, context, '/policy-page-tag/earlier');
  return context;
}

/** The rendered page's title (waits for it). */
const pageTitle = async (page: Page) => {
  const title = page.locator('[data-kelisim="policy-page"] h1');
  await title.waitFor();
  return title.textContent();
};
/** The console errors but the browser's own 404 for /favicon.ico, which may come at any time. */
const ownErrors = (errors: string[]) => errors.filter((text) => !/Failed to load resource/.test(text));
const decisionBlock = (page: Page) => page.locator('[data-kelisim="policy-page"] #kelisim-policy-decision');

test('first visit: the banner shows, the notice is rendered in <html lang="kk">, its decision updates, and "change my choice" opens the dialog', async () => {
  const { page, errors, uncaught } = await openPage(server, await freshContext(), '/policy-page-tag/first', loaderTag(), HOLDER);
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(await pageTitle(page)).toBe(KK.page.title);
  await expect.poll(() => decisionBlock(page).textContent()).toContain(KK.current);
  expect(await decisionBlock(page).textContent()).not.toContain(KK.granted);

  // The banner's decision reaches the page's decision block.
  await widgetButton(page, 'accept-all').click();
  await expect.poll(() => decisionBlock(page).textContent()).toContain(`${KK.granted}: Аналитика`);

  const change = decisionBlock(page).locator('[data-kelisim="open-settings"]');
  expect(await change.textContent()).toBe(KK.page.change);
  await change.click();
  await page.locator('#kelisim [role="dialog"]').waitFor({ state: 'visible' });
  expect(ownErrors(errors)).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('returning visitor: the page fetches the policy and shows the stored decision, without the UI chunk', async () => {
  const context = await returningVisitor();
  const mark = server.requests.length;
  const { page, errors, uncaught } = await openPage(server, context, '/policy-page-tag/back', loaderTag(), HOLDER);
  expect(await pageTitle(page)).toBe(KK.page.title);
  await expect.poll(() => decisionBlock(page).textContent()).toContain(`${KK.granted}: Аналитика`);
  const paths = pathsSince(server, mark);
  expect(paths).toEqual(expect.arrayContaining([PAGE_CHUNK, POLICY]));
  expect(paths).not.toContain(UI);

  // Its "change my choice" button loads the widget and opens the dialog.
  await decisionBlock(page).locator('[data-kelisim="open-settings"]').click();
  await page.locator('#kelisim [role="dialog"]').waitFor({ state: 'visible' });
  expect(ownErrors(errors)).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('data-lang="ru" on the element renders the notice in Russian on a Kazakh page', async () => {
  const { page, errors, uncaught } = await openPage(server, await freshContext(), '/policy-page-tag/ru', loaderTag(), HOLDER.replace('>', ' data-lang="ru">'));
  expect(await pageTitle(page)).toBe(RU.page.title);
  expect(await decisionBlock(page).locator('[data-kelisim="open-settings"]').textContent()).toBe(RU.page.change);
  // The banner follows <html lang>, not the element.
  expect(await page.locator('html').getAttribute('lang')).toBe('kk');
  expect(ownErrors(errors)).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('an invalid policy: one console error, nothing rendered, no page error (first visit and returning visitor)', async () => {
  // First visit, no data-revision: the UI chunk reads the policy first and reports it; the page
  // chunk is never loaded.
  const first = await openPage(server, await freshContext(), '/policy-page-tag/bad-first', loaderTag(`data-policy="${BAD_POLICY}"`), HOLDER);
  await waitForError(first, 'Kelisim:', 'cannot be shown', '$.categories');
  // Nothing is requested after the report: the network stays quiet for 500 ms.
  await first.page.waitForLoadState('networkidle');
  expect(ownErrors(first.errors)).toHaveLength(1);
  expect(first.uncaught).toEqual([]);
  expect(await first.page.locator('[data-kelisim="policy-page"]').innerHTML()).toBe('');

  // Returning visitor whose decision is on the tag's revision: only the page chunk reads the
  // policy, and its own report is the positive condition waited for.
  const context = await returningVisitor();
  const back = await openPage(server, context, '/policy-page-tag/bad-back', loaderTag(`data-policy="${BAD_POLICY}" data-revision="2026-01"`), HOLDER);
  await waitForError(back, 'Kelisim:', 'cannot be shown', '$.categories');
  await back.page.waitForLoadState('networkidle');
  expect(ownErrors(back.errors)).toHaveLength(1);
  expect(back.uncaught).toEqual([]);
  expect(await back.page.locator('[data-kelisim="policy-page"]').innerHTML()).toBe('');
});
