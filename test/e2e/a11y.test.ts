import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { inWidget, kelisimPage, openPage, waitForBanner, waitForDialog } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 640 },
];

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** What one axe run found: its violations, and how many checks passed on nodes inside the widget. */
interface Audit {
  violations: { id: string; impact: string | null; targets: string[] }[];
  widgetPasses: number;
}

/** Run axe-core on the whole document; open shadow roots are audited too. */
const audit = (page: Page): Promise<Audit> =>
  page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    type AxeNode = { target: (string | string[])[] };
    type AxeResults = { violations: { id: string; impact: string | null; nodes: AxeNode[] }[]; passes: { nodes: AxeNode[] }[] };
    const results = await axe.run(document);
    // A node inside a shadow root has a target like [["#kelisim", "button"]].
    const inside = (node: AxeNode) => Array.isArray(node.target[0]) && node.target[0][0] === '#kelisim';
    return {
      violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
      widgetPasses: results.passes.reduce((sum, rule) => sum + rule.nodes.filter(inside).length, 0),
    };
  });

/** Audit at every viewport; returns the violations found, each labelled with where it was found. */
async function auditEveryViewport(page: Page, what: string): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const { violations, widgetPasses } = await audit(page);
    const where = `${what} at ${viewport.width}×${viewport.height}`;
    // Without passes inside #kelisim, axe would not have looked into the shadow root at all.
    expect(widgetPasses, `${where}: checks that passed inside the shadow root`).toBeGreaterThan(20);
    for (const v of violations) found.push(`${where}: ${v.id} (${v.impact}) on ${v.targets.join(', ')}`);
  }
  return found;
}

describe.each(['kk', 'ru', 'en'])('in %s', (lang) => {
  test.each(['light', 'dark'])('the banner and the preferences dialog have no axe violations, %s theme', async (theme) => {
    const { context, page } = await openPage(browser, server, `/a11y-${lang}-${theme}`, kelisimPage({ lang, data: { lang, theme } }), {
      context: { viewport: VIEWPORTS[0] },
    });
    await waitForBanner(page);
    await page.addScriptTag({ content: AXE });
    const violations = await auditEveryViewport(page, `banner (${lang}, ${theme})`);

    await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="open-settings"]')).click();
    await waitForDialog(page);
    // Every category's details open, so the tables of services and cookies are audited too.
    await page.evaluate(() => document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true)));
    violations.push(...(await auditEveryViewport(page, `dialog (${lang}, ${theme})`)));
    await context.close();
    expect(violations).toEqual([]);
  });
});

// The sample shop uses every field of format 2: the dialog's sections for consents given
// elsewhere, data we process, technologies, third-party cookie domains, properties, special
// categories, the change clause and revision (issue 14, point 6), folds and stacked tables.
test.each(['kk', 'ru', 'en'])('the dialog with every format-2 section has no axe violations (%s)', async (lang) => {
  const data = { lang, policy: '/demo/policies/sebet.json', revision: '2026-03', categories: 'analytics marketing' };
  const { context, page } = await openPage(browser, server, `/a11y-sebet-${lang}`, kelisimPage({ lang, data }), {
    context: { viewport: VIEWPORTS[0] },
  });
  await waitForBanner(page);
  await page.addScriptTag({ content: AXE });
  await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  await page.evaluate(() => document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true)));
  const violations = await auditEveryViewport(page, `dialog with format-2 sections (${lang})`);
  await context.close();
  expect(violations).toEqual([]);
});
