import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import {
  decisionCookie, focusState, gatedRuns, inWidget, kelisimPage, openPage, POLL, storedDecision, waitForBanner, waitForDialog,
  type FocusState, type OpenedPage,
} from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** A host page with links before the widget and a footer "Cookie settings" link. */
const BODY = `<header><a href="#main">Skip to content</a></header>
<main id="main"><h1>Dala Market</h1><p><a href="/about">About us</a></p></main>
<footer><a href="#" id="cookie-link" data-kelisim="open-settings">Cookie settings</a></footer>`;

/** Open the host page in English; with `returning`, as a visitor who accepted before. */
async function open(path: string, { returning = false } = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, server, path, kelisimPage({ lang: 'en', data: { lang: 'en' }, body: BODY }), {
    cookies: returning ? { kelisim: decisionCookie() } : {},
  });
  if (!returning) await waitForBanner(opened.page);
  return opened;
}

/** Focus is on something the visitor can see is focused. */
function expectVisible(focus: FocusState): void {
  expect(focus.focusVisible, `:focus-visible on ${focus.tag} "${focus.name}"`).toBe(true);
  // Inside the widget, the ring is ours (3px solid), not the browser's default. A title focused
  // by script when a dialog opens is no control, and may go without one (WCAG 2.4.7 is about controls).
  if (focus.inWidget && !focus.scriptOnly) expect(focus.outline, `outline of ${focus.tag} "${focus.name}"`).not.toMatch(/^none|\b0px/);
}

/** Press `key` and return where focus went, checking it is visible. */
async function press(page: Page, key: string): Promise<FocusState> {
  await page.keyboard.press(key);
  const focus = await focusState(page);
  expectVisible(focus);
  return focus;
}

/** Tab (at most 30 times) until the focused element is named `name`; focus must be visible all the way. */
async function tabTo(page: Page, name: string, where: 'widget' | 'dialog' | 'page' = 'widget'): Promise<FocusState> {
  for (let i = 0; i < 30; i++) {
    const focus = await press(page, 'Tab');
    const place = focus.inDialog ? 'dialog' : focus.inWidget ? 'widget' : 'page';
    if (focus.name === name && place === where) return focus;
  }
  throw new Error(`Tab never reached "${name}" in the ${where}`);
}

/** Every category id the dialog's switches have checked. */
const checkedSwitches = (page: Page) =>
  page.evaluate(() =>
    [...document.getElementById('kelisim')!.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-kelisim-category]')]
      .filter((input) => input.checked)
      .map((input) => input.dataset.kelisimCategory),
  );

const dialogOpen = (page: Page) => page.locator(inWidget('.dialog[role="dialog"]')).isVisible();

test('Enter on "Accept all" accepts: the gated script runs and the banner goes', async () => {
  const { context, page } = await open('/keys-accept');
  await tabTo(page, 'accept-all');
  await page.keyboard.press('Enter');
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: ['analytics'], method: 'accept-all' });
  expect(await page.locator(inWidget('.panel')).count()).toBe(0);
  await context.close();
});

test('Space on "Necessary only" rejects: nothing gated runs', async () => {
  const { context, page } = await open('/keys-reject');
  await tabTo(page, 'reject-all');
  await page.keyboard.press('Space');
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: [], method: 'reject-all' });
  expect(await gatedRuns(page)).toBe(0);
  await context.close();
});

test('Settings, a switch toggled with Space and Save by keys store the choice; focus lands on the floating settings button', async () => {
  const { context, page } = await open('/keys-save');
  await tabTo(page, 'open-settings');
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  // Focus moved into the dialog (onto its title), visibly.
  expect((await focusState(page)).inDialog).toBe(true);
  expectVisible(await focusState(page));
  await tabTo(page, 'analytics', 'dialog');
  await page.keyboard.press('Space');
  expect(await checkedSwitches(page)).toEqual(['necessary', 'analytics']);
  await tabTo(page, 'save', 'dialog');
  await page.keyboard.press('Enter');
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: ['analytics'], method: 'custom' });
  // The banner's settings button that opened the dialog is gone: focus goes to the floating one.
  const focus = await focusState(page);
  expect(focus).toMatchObject({ inWidget: true, name: 'open-settings' });
  expectVisible(focus);
  await context.close();
});

test('Escape closes the dialog without deciding and gives focus back to the button that opened it', async () => {
  const { context, page } = await open('/keys-escape');
  await tabTo(page, 'open-settings');
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  await tabTo(page, 'analytics', 'dialog');
  await page.keyboard.press('Space');
  const back = await press(page, 'Escape');
  expect(await dialogOpen(page)).toBe(false);
  expect(back).toMatchObject({ inWidget: true, inDialog: false, name: 'open-settings' });
  expect(await storedDecision(context)).toBeNull();
  expect(await gatedRuns(page)).toBe(0);
  await context.close();
});

test('the language switcher works by keys, keeps focus and keeps switches in progress', async () => {
  const { context, page } = await open('/keys-lang');
  const focus = await tabTo(page, 'Русский');
  expect(focus.tag).toBe('button');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(inWidget('.panel [data-kelisim="accept-all"]')).textContent(), POLL).toBe('Принять все');
  // Focus stays on the language button just pressed, now marked as the current one.
  const after = await focusState(page);
  expectVisible(after);
  expect(after).toMatchObject({ inWidget: true, name: 'Русский' });
  expect(await page.locator(inWidget('[aria-pressed="true"]')).textContent()).toBe('Русский');

  await tabTo(page, 'open-settings');
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  await tabTo(page, 'analytics', 'dialog');
  await page.keyboard.press('Space');
  await tabTo(page, 'Қазақша', 'dialog');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(inWidget('.dialog [data-kelisim="save"]')).textContent(), POLL).toBe('Таңдауды сақтау');
  expect(await checkedSwitches(page)).toEqual(['necessary', 'analytics']);
  await tabTo(page, 'save', 'dialog');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: ['analytics'], lang: 'kk' });
  await context.close();
});

test('a host-page "Cookie settings" link reopens the dialog by keys, and focus returns to it', async () => {
  const { context, page } = await open('/keys-reopen', { returning: true });
  expect(await gatedRuns(page)).toBe(1);
  await tabTo(page, 'open-settings', 'page');
  // The first time, the loader handles the link and fetches the widget.
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  expect((await focusState(page)).inDialog).toBe(true);
  expect(await checkedSwitches(page)).toEqual(['necessary', 'analytics']);
  expect(new URL(page.url()).hash).toBe('');
  expect(await press(page, 'Escape')).toMatchObject({ inWidget: false, tag: 'a', name: 'open-settings' });
  expect(await dialogOpen(page)).toBe(false);

  // The second time, the widget handles it: withdraw analytics, all by keys.
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  await tabTo(page, 'analytics', 'dialog');
  await page.keyboard.press('Space');
  await tabTo(page, 'save', 'dialog');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: [], method: 'custom' });
  expect(await focusState(page)).toMatchObject({ inWidget: false, tag: 'a', name: 'open-settings' });
  await context.close();
});

test.each(['Tab', 'Shift+Tab'])('%s 40 times never leaves the open dialog, and reaches everything in it', async (key) => {
  const { context, page } = await open(`/keys-trap-${key}`);
  await tabTo(page, 'open-settings');
  await page.keyboard.press('Enter');
  await waitForDialog(page);
  // Every control a visitor can see in the dialog (those in closed details are not rendered).
  const focusables = await page.evaluate(
    () =>
      [...document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('.dialog :is(button, input:not([disabled]), a[href], summary)')]
        .filter((el) => el.checkVisibility()).length,
  );
  const seen = new Set<number>();
  for (let i = 0; i < 40; i++) {
    const focus = await press(page, key);
    expect(focus.inDialog, `${key} #${i + 1} went to ${focus.tag} "${focus.name}"`).toBe(true);
    seen.add(focus.index);
  }
  expect(seen.size).toBe(focusables);
  await context.close();
});
