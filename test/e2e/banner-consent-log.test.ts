// The consent log off the banner's path (issue 12): the banner chunk builds a decision's receipt
// and keeps it pending inside the click; dist/kelisim-log.js, loaded after the decision (or once
// the page is idle when an earlier page left receipts unsent), sends it, once.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pathsSince } from './loader-page';
import { useBrowserSession } from './support/browser-session';
import { pendingReceiptIds as pendingIds, stubConsentLog } from './support/consent-log-stub';
import { inWidget, kelisimPage, openPage, POLL, waitForBanner } from './support/pages';

const LOG_CHUNK = '/dist/kelisim-log.js';

const { server, browser } = useBrowserSession();
const logStub = stubConsentLog(server);
/** The consent ids of the receipts that reached the log under `t`, in order. */
const received = (t: string) => logStub.received(t).map((r) => r.id);
const logPage = (t: string) => kelisimPage({ lang: 'en', data: { lang: 'en', 'consent-log': `/consent-log?t=${t}` } });
/** Click a banner button inside the page; returns the new decision's id and what was pending right then. */
const click = (page: Page, action: string) =>
  page.evaluate((a) => {
    document.getElementById('kelisim')!.shadowRoot!.querySelector<HTMLButtonElement>(`.panel [data-kelisim="${a}"]`)!.click();
    const w = window as unknown as { Kelisim: { get(): { id: string } } };
    return { id: w.Kelisim.get().id, pending: (JSON.parse(localStorage.getItem('kelisim.pending') ?? '[]') as { id: string }[]).map((r) => r.id) };
  }, action);
const decideByApi = (page: Page) =>
  page.evaluate(() => (window as unknown as { Kelisim: { rejectAll(): Promise<{ id: string }> } }).Kelisim.rejectAll().then((d) => d.id));

test('a banner click keeps its receipt pending at once; the log chunk, loaded after the click, sends it once', async () => {
  const mark = server.requests.length;
  const { context, page, log } = await openPage(browser(), server, '/log-click', logPage('click'));
  await waitForBanner(page);
  // The sender is not on the banner's path: nothing was pending, so no log chunk yet.
  expect(pathsSince(server, mark)).not.toContain(LOG_CHUNK);
  const made = await click(page, 'accept-all');
  expect(made.pending).toEqual([made.id]);
  await expect.poll(() => received('click'), POLL).toEqual([made.id]);
  await expect.poll(() => pendingIds(page), POLL).toEqual([]);
  expect(pathsSince(server, mark).filter((p) => p === LOG_CHUNK)).toHaveLength(1);

  // A later decision's receipt arriving is the positive condition: had the first one been sent
  // twice (from the pending list and from memory), its second copy would be in by then.
  const next = await decideByApi(page);
  await expect.poll(() => received('click'), POLL).toContain(next);
  expect(received('click')).toEqual([made.id, next]);
  expect([...log.errors, ...log.pageErrors]).toEqual([]);
  await context.close();
});

test('a receipt the log refused stays pending and the next page sends it through the log chunk, once', async () => {
  logStub.failNext('retry', 1);
  const { context, page } = await openPage(browser(), server, '/log-retry', logPage('retry'));
  await waitForBanner(page);
  const made = await click(page, 'reject-all');
  await expect.poll(() => received('retry'), POLL).toEqual([made.id]);
  expect(await pendingIds(page)).toEqual([made.id]);

  // A returning visitor: the extras chunk sees the pending receipt and starts the widget, whose
  // log chunk resends it once the page is idle.
  const mark = server.requests.length;
  await page.reload();
  await expect.poll(() => received('retry'), POLL).toEqual([made.id, made.id]);
  await expect.poll(() => pendingIds(page), POLL).toEqual([]);
  expect(pathsSince(server, mark)).toContain(LOG_CHUNK);
  // Positive condition for "not a third time": a new decision's receipt comes after it.
  const next = await decideByApi(page);
  await expect.poll(() => received('retry'), POLL).toContain(next);
  expect(received('retry')).toEqual([made.id, made.id, next]);
  await context.close();
});

test('with storage blocked the receipt is not lost: it is sent from memory, once', async () => {
  const init = `Storage.prototype.setItem = function () { throw new DOMException('blocked', 'QuotaExceededError'); };`;
  const { context, page, log } = await openPage(browser(), server, '/log-no-storage', logPage('nostore'), { init });
  await waitForBanner(page);
  const made = await click(page, 'accept-all');
  expect(made.pending).toEqual([]);
  await expect.poll(() => received('nostore'), POLL).toEqual([made.id]);
  const next = await decideByApi(page);
  await expect.poll(() => received('nostore'), POLL).toContain(next);
  expect(received('nostore')).toEqual([made.id, next]);
  expect(log.pageErrors).toEqual([]);
  expect(await page.locator(inWidget('[data-kelisim="open-settings"]')).count()).toBeGreaterThan(0);
  await context.close();
});
