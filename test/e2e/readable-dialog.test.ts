// No word broken mid-word in the dialog's tables and labels, and cookie tables that stack into
// labelled rows on a narrow screen (issue 14, point 3), in real Chromium on the built files.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { inWidget, kelisimPage, openPage, waitForBanner, waitForDialog } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';

const SEBET = JSON.parse(readFileSync(`${ROOT}demo/policies/sebet.json`, 'utf8')) as { revision: string };

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** The dialog of the sample shop, every details element open, at 320 px (200 % text when `zoomed`) or 360 px. */
async function openDialog(zoomed: boolean): Promise<Page> {
  const data = { lang: 'kk', policy: '/demo/policies/sebet.json', revision: SEBET.revision, categories: 'analytics marketing' };
  const { page } = await openPage(browser, server, `/readable-${zoomed}`, kelisimPage({ data }), {
    context: { viewport: { width: zoomed ? 320 : 360, height: 640 }, deviceScaleFactor: zoomed ? 2 : 1 },
  });
  if (zoomed) {
    // 200 % text as layout.test.ts models it: Chrome's own font-size setting, then a reload.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
  }
  await waitForBanner(page);
  await page.locator(inWidget('.panel [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  return page;
}

/** Words of the dialog's tables, chips, tags, labels and headings that are split over two lines. */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('kelisim')!.shadowRoot!;
    root.querySelectorAll('details').forEach((d) => (d.open = true));
    const broken: string[] = [];
    /**
     * The width of the line a text node is set in: its nearest block's (or inline-block's) content width; for a cell of
     * a table laid out as a table, the width the whole table has (a cell may take all of it).
     */
    const lineOf = (node: Text) => {
      let box = node.parentElement!;
      // An inline-block (a tag) grows to fit its words up to the whole line, so its own box counts.
      while (/^(inline|contents)$/.test(getComputedStyle(box).display)) box = box.parentElement!;
      if (getComputedStyle(box).display === 'table-cell') box = box.closest('table')!.parentElement!;
      const style = getComputedStyle(box);
      return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    const places = root.querySelectorAll('.dialog :is(th, td, .tag, .chips li, label, summary, h3, caption, code)');
    for (const place of places) {
      const walker = document.createTreeWalker(place, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        // A line may break after a hyphen (IP-мекенжай, бір-бірінен) as typesetting does; never inside a part.
        for (const match of node.data.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          // A word wider than its whole line (a 16-letter Russian word in a heading at 200 % on
          // 320 px) has to break, or the dialog would scroll sideways; any other must not.
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (lines.size > 1 && width <= lineOf(node)) broken.push(`"${match[0]}" in ${place.localName}`);
        }
      }
    }
    return broken;
  });

/** How the cookie tables' rows are laid out: `block` when stacked, `table-row` when not. */
const rowDisplays = (page: Page) =>
  page.evaluate(() => {
    const rows = document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('.dialog .kelisim-cookies tbody tr');
    return [...new Set([...rows].map((row) => getComputedStyle(row).display))];
  });

describe.each([
  ['360 px', false],
  ['320 px with 200 % text', true],
] as const)('the dialog at %s', (_, zoomed) => {
  test('breaks no word of a table, chip, tag or label mid-word, in kk, ru and en', async () => {
    const page = await openDialog(zoomed);
    const problems: string[] = [];
    for (const lang of ['kk', 'ru', 'en']) {
      await page.locator(inWidget(`.dialog .langs button[lang="${lang}"]`)).click();
      await page.locator(inWidget(`.k[lang="${lang}"]`)).waitFor();
      problems.push(...(await brokenWords(page)).map((word) => `${lang}: ${word}`));
    }
    // At 200 % text on 320 px the rows stack into labelled lines; at 360 px with normal text too (the dialog is under 30em).
    const displays = await rowDisplays(page);
    await page.context().close();
    expect(problems).toEqual([]);
    expect(displays).toEqual(['block']);
  });
});
