import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { gatedRuns, inWidget, kelisimPage, openPage, POLL, storedDecision, waitForBanner, waitForDialog } from './support/pages';
import { startServer, type TestServer } from './support/server';

const NONCE = 'kelisim-e2e-nonce-4f2a9c';
/** A strict policy: no 'unsafe-inline', no 'unsafe-eval', styles from the site only. */
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'`;

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** Record every CSP violation the page reports, from before its first script. */
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** The host page under the strict CSP: the loader tag carries the nonce, the gated tag does not. */
async function openStrict(path: string) {
  const opened = await openPage(browser, server, path, kelisimPage({ lang: 'en', nonce: NONCE, data: { lang: 'en', theme: 'light' } }), {
    headers: { 'content-security-policy': CSP },
    init: RECORD_VIOLATIONS,
  });
  return opened;
}

test('under a strict CSP the banner shows styled, Accept runs the gated script with the nonce, and nothing is blocked', async () => {
  const { context, page, log } = await openStrict('/csp-strict');
  await waitForBanner(page);
  // The widget's stylesheet applied: the accent colour and the 44 px target size are ours.
  const style = await page.locator(inWidget('[data-kelisim="accept-all"]')).evaluate((el) => {
    const css = getComputedStyle(el);
    return { background: css.backgroundColor, minHeight: css.minHeight, position: getComputedStyle(el.closest('.panel')!).position };
  });
  expect(style).toEqual({ background: 'rgb(0, 90, 140)', minHeight: '44px', position: 'fixed' });

  await page.locator(inWidget('[data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  await page.locator(inWidget('.dialog [data-kelisim="accept-all"]')).click();
  // The inline gated tag has no nonce of its own: it ran because the loader passed the tag's on.
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  await expect.poll(() => storedDecision(context), POLL).toMatchObject({ granted: ['analytics'] });
  expect(await violations(page)).toEqual([]);
  expect(log.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);

  // A returning visitor: the loader alone runs the gated tag, again without a violation.
  await page.reload();
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  expect(await violations(page)).toEqual([]);

  // The policy is in force and the listener hears it: an inline script without the nonce is refused.
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.unsafe = 1' })));
  await expect.poll(() => violations(page), POLL).toEqual(['script-src-elem inline']);
  expect(await page.evaluate(() => (window as { unsafe?: number }).unsafe)).toBeUndefined();
  expect(log.pageErrors).toEqual([]);
  await context.close();
});

test('under a strict CSP, Necessary only runs nothing and reports no violation', async () => {
  const { context, page, log } = await openStrict('/csp-reject');
  await waitForBanner(page);
  await page.locator(inWidget('[data-kelisim="reject-all"]')).click();
  await page.locator(inWidget('.floating')).waitFor();
  expect(await gatedRuns(page)).toBe(0);
  expect(await violations(page)).toEqual([]);
  expect(log.errors).toEqual([]);
  await context.close();
});
