// The privacy-policy page in real Chromium: the static HTML of every sample in kk, ru and en has
// no axe-core violation, and printing it shows no interactive control.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGS, type Policy } from '../../src/core/policy-types';
import { renderPolicyPageHtml } from '../../src/policy-page/render-html';
import { bundleForBrowser } from './support/bundle';
import { launchBrowser } from './support/chromium';
import { ROOT, startServer, type TestServer } from './support/server';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const SAMPLES = ['digitalkazakhstan', 'estimation', 'qoldau', 'sebet', 'wadjet'];
const policyOf = (name: string) => JSON.parse(readFileSync(`${ROOT}demo/policies/${name}.json`, 'utf8')) as Policy;

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  for (const name of SAMPLES) {
    for (const lang of LANGS) server.page(`/${name}/privacy.${lang}.html`, renderPolicyPageHtml(policyOf(name), lang, { languages: LANGS }));
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe-core's violations on the whole document, as readable lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Results = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const results = await (window as unknown as { axe: { run(context: Document): Promise<Results> } }).axe.run(document);
    return results.violations.map((v) => `${v.id} (${v.impact}) on ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** The buttons, selects, inputs and language links a reader could see. */
const visibleControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, .kelisim-page-langs a')]
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => el.outerHTML.slice(0, 80)),
  );

describe.each(SAMPLES)('the static policy page of %s', (name) => {
  test.each(LANGS)('in %s has no axe violations at 1280 and 360 px, and prints without controls', async (lang) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${name}/privacy.${lang}.html`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const violations = await axeViolations(page);
    await page.setViewportSize({ width: 360, height: 640 });
    violations.push(...(await axeViolations(page)));
    // At 320 px nothing scrolls sideways (WCAG 1.4.10).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(violations).toEqual([]);

    expect((await visibleControls(page)).length).toBe(3); // the switcher's three links, on screen
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    await context.close();
  });
});

test('the page rendered in the browser, with the decision and "change my choice", is axe-clean and prints without controls', async () => {
  const bundle = await bundleForBrowser('test/fixtures/policy-page/entry.ts', 'KelisimPolicyPageTest');
  server.page(
    '/client/privacy',
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Политика</title></head><body><main><div id="policy"></div></main>` +
      `<script>${bundle}</script><script>
        const decision = { granted: ['analytics'], categories: ['analytics', 'marketing'], revision: '2026-03', decidedAt: Date.UTC(2026, 2, 5), id: 'x', lang: 'ru', method: 'custom' };
        KelisimPolicyPageTest.mountPolicyPage(document.getElementById('policy'), ${JSON.stringify(policyOf('sebet'))},
          { languages: ['kk', 'ru', 'en'], consent: { get: () => decision, on: () => () => {} } });
      </script></body></html>`,
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.origin}/client/privacy`);
  await page.waitForSelector('.kelisim-page-decision button[data-kelisim="open-settings"]');
  expect(await axeViolations(page)).toEqual([]);
  // On screen: three language buttons and "change my choice".
  expect((await visibleControls(page)).length).toBe(4);
  await page.emulateMedia({ media: 'print' });
  expect(await visibleControls(page)).toEqual([]);
  // The decision itself is still printed.
  expect(await page.locator('.kelisim-page-decision').textContent()).toContain('Аналитика');
  await context.close();
});
