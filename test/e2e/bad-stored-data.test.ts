import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { decisionCookie, gatedRuns, inWidget, kelisimPage, openPage, POLL, waitForBanner } from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

const YEAR = 365 * 864e5;
const valid = decisionCookie();

/** Cookie values a visitor's browser may hold that are not a decision on today's policy. */
const BAD: [string, string][] = [
  ['garbage', '%%%garbage|||\u00a0<script>'],
  ['a truncated value', valid.slice(0, valid.length - 9)],
  ['truncated JSON from another tool', '{"granted":["analytics"],"revision":"2026-01'],
  ['a huge value near 4 KB', `1|2026-01|analytics.${'x'.repeat(3900)}|analytics|${Date.now().toString(36)}|3f1c2b7a-5d4e-4f60-9a8b-0c1d2e3f4a5b|en|a`],
  ['a decision from a year in the future', decisionCookie({ decidedAt: Date.now() + YEAR })],
  ['a decision older than the cookie lifetime', decisionCookie({ decidedAt: Date.now() - YEAR })],
  ['a category the policy no longer has', decisionCookie({ categories: ['analytics', 'marketing'], granted: ['analytics', 'marketing'] })],
  ['a decision on an earlier revision', decisionCookie({ revision: '2025-07' })],
  ['a granted category that was never asked', '1|2026-01|analytics|analytics.marketing|m5x0abc|3f1c2b7a-5d4e-4f60-9a8b-0c1d2e3f4a5b|en|c'],
];

/** Open a first page load whose `kelisim` cookie is `value`; with `policyFetched`, the tag gives no revision. */
async function visit(path: string, value: string, { policyFetched = false } = {}) {
  const data = policyFetched ? { revision: undefined, categories: undefined, lang: 'en' } : { lang: 'en' };
  return openPage(browser, server, path, kelisimPage({ lang: 'en', data }), { cookies: { kelisim: value } });
}

test('a valid stored decision is honoured: no banner, the gated script runs (the cookie really is read)', async () => {
  const { context, page, log } = await visit('/stored-valid', valid);
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  expect(await page.locator(inWidget('[data-kelisim="accept-all"]')).count()).toBe(0);
  expect(log.errors).toEqual([]);
  await context.close();
});

test.each(BAD)('with %s in the cookie the visitor is asked again and nothing is granted', async (name, value) => {
  // The tag without data-revision takes the other path (the policy first): tried with a few values.
  const paths = ['garbage', 'a decision from a year in the future', 'a category the policy no longer has'].includes(name) ? [false, true] : [false];
  for (const policyFetched of paths) {
    const { context, page, log } = await visit(`/stored-${name.replaceAll(' ', '-')}-${policyFetched}`, value, { policyFetched });
    await waitForBanner(page);
    expect(await gatedRuns(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { Kelisim: { has(id: string): boolean } }).Kelisim.has('analytics'))).toBe(false);
    expect([...log.errors, ...log.pageErrors]).toEqual([]);
    await context.close();
  }
});
