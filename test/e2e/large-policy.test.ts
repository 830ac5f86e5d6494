import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validatePolicy } from '../../src/core/validate-policy';
import { launchBrowser } from './support/chromium';
import { COOKIES, largePolicy, SERVICES } from './support/large-policy';
import { inWidget, kelisimPage, openPage, waitForBanner, waitForDialog } from './support/pages';
import { startServer, type TestServer } from './support/server';

/** The longest a task may take (ms) anywhere in these tests: issue 11, point 12. */
const LIMIT = 200;
const LARGE_URL = '/large/policy.json';
const POLICY = largePolicy(SERVICES, COOKIES);
const LAST_SERVICE = POLICY.categories.flatMap((c) => c.services).at(-1)!.name;
const ANALYTICS_COOKIES = POLICY.categories.find((c) => c.id === 'analytics')!.services.reduce((sum, s) => sum + s.cookies.length, 0);

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const body = JSON.stringify(POLICY);
  server.handle((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== LARGE_URL) return false;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
});
afterAll(async () => { await browser.close(); await server.close(); });

/** Records every long task (over 50 ms) of the page from its start, as [start, duration] in ms. */
const OBSERVE_LONG_TASKS = `(() => {
  const seen = (window.__longTasks = []);
  const keep = (entries) => entries.forEach((e) => seen.push([e.startTime, e.duration]));
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  window.__takeLongTasks = () => (keep(observer.takeRecords()), seen);
})();`;

/** The page's clock now (ms since it started). */
const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * The longest task (ms) that started at or after `since`, 0 when none took over 50 ms. Waits for
 * two frames first, so the rendering work that follows the last change has been done and reported.
 */
async function longestSince(page: Page, since: number): Promise<number> {
  const tasks = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // A task after that frame: long tasks are reported when they end.
    await new Promise((resolve) => setTimeout(resolve));
    return (window as unknown as { __takeLongTasks(): [number, number][] }).__takeLongTasks();
  });
  return Math.max(0, ...tasks.filter(([start, duration]) => start + duration >= since).map(([, duration]) => duration));
}

test(`the generated policy is valid and has ${SERVICES} services and ${COOKIES} cookies`, () => {
  const services = POLICY.categories.flatMap((c) => c.services);
  expect(services.length).toBe(SERVICES);
  expect(services.reduce((sum, s) => sum + s.cookies.length, 0)).toBe(COOKIES);
  expect(validatePolicy(POLICY)).toEqual([]);
});

/** One visit: the longest task of each phase (first load, opening Settings, expanding a category). */
async function measure(): Promise<{ longest: Record<string, number>; errors: string[]; pageErrors: string[] }> {
  const { context, page, log } = await openPage(
    browser,
    server,
    '/large-policy',
    kelisimPage({ lang: 'en', data: { lang: 'en', policy: LARGE_URL } }),
    { init: OBSERVE_LONG_TASKS },
  );
  const longest: Record<string, number> = {};

  // The first load: the loader, the UI bundle, validating the policy, the banner.
  await waitForBanner(page);
  longest.load = await longestSince(page, 0);

  // Settings: until the dialog is open with every category and the policy's facts.
  let since = await now(page);
  await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  await page.locator(inWidget('[role="dialog"] [data-kelisim-category="analytics"]')).waitFor();
  await page.locator(inWidget('[role="dialog"] section:last-child')).waitFor();
  longest.settings = await longestSince(page, since);

  // Expanding "analytics": until the table row of every one of its cookies is there, and its last service.
  since = await now(page);
  await page.locator(inWidget('.cat:has([data-kelisim-category="analytics"]) summary')).click();
  await page.waitForFunction(
    ([rows, last]) => {
      const details = document.getElementById('kelisim')!.shadowRoot!.querySelector('details[open]');
      const names = details?.querySelectorAll('b') ?? [];
      return details?.querySelectorAll('tbody tr').length === rows && names[names.length - 1]?.textContent === last;
    },
    [ANALYTICS_COOKIES, LAST_SERVICE] as const,
  );
  longest.expand = await longestSince(page, since);

  await context.close();
  return { longest, errors: log.errors, pageErrors: log.pageErrors.map(String) };
}

// On a loaded 2-core machine a task's wall time includes the time the system gave to other
// processes. A long task our code causes shows in every visit; one the machine's load causes
// does not: each phase counts its best of up to three visits (fewer when all are within the limit).
test(`with ${SERVICES} services, no task takes over ${LIMIT} ms: loading the banner, opening Settings, expanding a category`, async () => {
  const best: Record<string, number> = { load: Infinity, settings: Infinity, expand: Infinity };
  for (let visit = 0; visit < 3 && Object.values(best).some((ms) => ms > LIMIT); visit++) {
    const { longest, errors, pageErrors } = await measure();
    console.log(`Kelisim: longest tasks with ${SERVICES} services (ms): ${JSON.stringify(longest)}`);
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    for (const phase of Object.keys(best)) best[phase] = Math.min(best[phase]!, longest[phase]!);
  }
  expect(best.load).toBeLessThanOrEqual(LIMIT);
  expect(best.settings).toBeLessThanOrEqual(LIMIT);
  expect(best.expand).toBeLessThanOrEqual(LIMIT);
}, 150_000);
