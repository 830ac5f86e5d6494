// Banner first, one language on the wire (issue 12), through the built script tag: the banner
// chunk and one language's strings show the banner; the dialog chunk and its locale come when the
// page is idle or the settings open; the switcher and the bilingual layout fetch the other
// language; a chunk that cannot be loaded is named in the console and breaks nothing.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import { DIALOG, POLICY, UI, decision, loaderTag, openPage, pathsSince, waitForError, widgetButton } from './loader-page';

const locale = (lang: string) => JSON.parse(readFileSync(`${ROOT}locales/${lang}.json`, 'utf8')) as Record<string, string>;
const EN = locale('en');
const RU = locale('ru');
const KK = locale('kk');
const strings = (lang: string) => `/dist/kelisim-strings.${lang}.js`;
const locales = (lang: string) => `/dist/kelisim-locale.${lang}.js`;
const tag = (more = '') => loaderTag(`data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics" ${more}`);

const session = useBrowserSession();
const { server } = session;

/** A fresh browser context (no decision) in which `blocked` chunk paths answer 404. */
async function freshContext(...blocked: string[]): Promise<BrowserContext> {
  const context = await session.freshContext();
  for (const path of blocked) await context.route(`**${path}`, (route) => route.fulfill({ status: 404, body: '' }));
  return context;
}

/** Console errors other than the browser's own line for a 404 (the page's favicon, which no test serves). */
const ownErrors = (errors: string[]) => errors.filter((text) => !text.startsWith('Failed to load resource'));

/** The text of the widget's button for `action`. */
const buttonText = (page: Page, action: string) => widgetButton(page, action).textContent();

test('an English first visit fetches the banner and the English strings only; the dialog brings the English locale; the switcher fetches Russian', async () => {
  const mark = server.requests.length;
  const { page, errors } = await openPage(server, await freshContext(), '/split-en', tag('data-lang="en"'));
  await widgetButton(page, 'accept-all').waitFor();
  expect(await buttonText(page, 'accept-all')).toBe(EN.acceptAll);
  const atBanner = pathsSince(server, mark);
  expect(atBanner).toEqual(expect.arrayContaining([UI, strings('en')]));
  for (const other of ['kk', 'ru']) expect(atBanner).not.toContain(strings(other));

  await widgetButton(page, 'open-settings').click();
  await widgetButton(page, 'save').waitFor();
  expect(await buttonText(page, 'save')).toBe(EN.save);
  const atDialog = pathsSince(server, mark);
  expect(atDialog).toEqual(expect.arrayContaining([DIALOG, locales('en')]));
  for (const other of ['kk', 'ru']) expect(atDialog.filter((p) => p === strings(other) || p === locales(other))).toEqual([]);

  await page.locator('#kelisim .dialog button[lang="ru"]').click();
  await page.locator('#kelisim [data-kelisim="save"]', { hasText: RU.save }).waitFor();
  const atSwitch = pathsSince(server, mark);
  expect(atSwitch).toEqual(expect.arrayContaining([strings('ru'), locales('ru')]));
  expect(atSwitch.filter((p) => p.includes('.kk.'))).toEqual([]);
  // Each chunk once, however often it was asked for.
  expect(atSwitch.filter((p) => p === DIALOG)).toEqual([DIALOG]);
  expect(ownErrors(errors)).toEqual([]);
});

test('the dialog chunk is fetched once the page is idle after the banner, before any click', async () => {
  const context = await freshContext();
  const idle = context.waitForEvent('request', (request) => request.url().endsWith(DIALOG));
  const { page } = await openPage(server, context, '/split-idle', tag('data-lang="ru"'));
  await widgetButton(page, 'accept-all').waitFor();
  await idle;
});

test('the bilingual layout fetches Kazakh and Russian strings, not English, and shows both', async () => {
  const mark = server.requests.length;
  const { page, errors } = await openPage(server, await freshContext(), '/split-bilingual', tag('data-lang="kk" data-bilingual'));
  await widgetButton(page, 'accept-all').waitFor();
  expect(await buttonText(page, 'accept-all')).toBe(`${KK.acceptAll}${RU.acceptAll}`);
  const paths = pathsSince(server, mark);
  expect(paths).toEqual(expect.arrayContaining([strings('kk'), strings('ru')]));
  expect(paths).not.toContain(strings('en'));
  expect(ownErrors(errors)).toEqual([]);
});

test('without the dialog chunk the banner still shows and decides; the missing chunk is named with its URL', async () => {
  const { page, errors, uncaught } = await openPage(server, await freshContext(DIALOG), '/split-no-dialog', tag('data-lang="en"'));
  await widgetButton(page, 'reject-all').click();
  await expect.poll(async () => (await decision(page))?.granted).toEqual([]);
  const error = await waitForError({ page, errors, uncaught }, 'Kelisim:', `${server.origin}${DIALOG}`);
  expect(error).toContain('copy it next to kelisim.js');
  // Opening the settings now: nothing opens, nothing is thrown (the error above was the only one).
  await widgetButton(page, 'open-settings').click();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await page.locator('#kelisim [data-kelisim="save"]').count()).toBe(0);
  expect(uncaught).toEqual([]);
});

test('without the strings chunk no banner is shown, the missing chunk is named with its URL, and nothing is granted', async () => {
  const loaded = await openPage(server, await freshContext(strings('en')), '/split-no-strings', tag('data-lang="en"'));
  const error = await waitForError(loaded, 'Kelisim:', `${server.origin}${strings('en')}`);
  expect(error).toContain('copy it next to kelisim.js');
  await waitForError(loaded, 'Kelisim:', 'strings.en');
  expect(await loaded.page.locator('#kelisim [data-kelisim="accept-all"]').count()).toBe(0);
  expect(await decision(loaded.page)).toBeNull();
  expect(loaded.uncaught).toEqual([]);
});

test('switching the banner\'s language fetches that language\'s strings; the dialog opened afterwards speaks it', async () => {
  const mark = server.requests.length;
  const { page, errors } = await openPage(server, await freshContext(), '/split-switch-first', tag('data-lang="en"'));
  await widgetButton(page, 'accept-all').waitFor();
  await page.locator('#kelisim .panel button[lang="kk"]').click();
  await page.locator('#kelisim [data-kelisim="accept-all"]', { hasText: KK.acceptAll }).waitFor();
  await widgetButton(page, 'open-settings').click();
  await page.locator('#kelisim [data-kelisim="save"]', { hasText: KK.save }).waitFor();
  const paths = pathsSince(server, mark);
  expect(paths).toEqual(expect.arrayContaining([strings('en'), strings('kk'), locales('kk')]));
  expect(paths.filter((p) => p.includes('.ru.'))).toEqual([]);
  expect(ownErrors(errors)).toEqual([]);
});

test('the dialog chunk is not asked for before the banner is drawn, even when the page idles while the strings download', async () => {
  const context = await freshContext();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(`**${strings('en')}`, async (route) => {
    await held;
    await route.continue();
  });
  const dialogScript = (page: Page) => page.evaluate((src) => !!document.querySelector(`script[src$="${src}"]`), DIALOG);
  const { page, errors } = await openPage(server, context, '/split-idle-order', tag('data-lang="en"'));
  // The banner chunk has run and asked for the strings; the page then idles three times over.
  await page.waitForFunction(() => !!document.querySelector('script[src$="kelisim-strings.en.js"]'));
  for (let i = 0; i < 3; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(await dialogScript(page)).toBe(false);
  release();
  await widgetButton(page, 'accept-all').waitFor();
  await page.waitForFunction((src) => !!document.querySelector(`script[src$="${src}"]`), DIALOG);
  expect(ownErrors(errors)).toEqual([]);
});
