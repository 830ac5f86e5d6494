// Three equal choices on every screen (issue 14, point 1): with every sample policy, in every
// language and in the bilingual layout, the banner's buttons are on screen without scrolling, at
// 360×640 and at 320 px with 200 % text; the text above them scrolls instead.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Policy } from '../../src/core/policy-types';
import { launchBrowser } from './support/chromium';
import { inWidget, kelisimPage, openPage } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';

const SAMPLES = readdirSync(`${ROOT}demo/policies`).filter((name) => name.endsWith('.json'));
const LANG_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** What is wrong with the banner's buttons on screen now, described; empty when all is well. */
const buttonProblems = (page: Page, choice: boolean) =>
  page.evaluate((choice) => {
    const root = document.getElementById('kelisim')!.shadowRoot!;
    const panel = root.querySelector('.panel:not(.dialog)')!;
    const buttons = [...panel.querySelectorAll<HTMLElement>('.buttons button')];
    const problems: string[] = [];
    const actions = buttons.map((b) => b.dataset.kelisim).join(' ');
    if (choice && actions !== 'accept-all reject-all open-settings') problems.push(`the buttons are "${actions}"`);
    if (!buttons.length) problems.push('no button');
    const boxes = buttons.map((b) => b.getBoundingClientRect());
    boxes.forEach((box, i) => {
      const name = buttons[i]!.dataset.kelisim;
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
        problems.push(`${name} is not inside the ${innerWidth}×${innerHeight} viewport: ${box.left},${box.top}..${box.right},${box.bottom}`);
      }
      // Not clipped by the panel nor covered: the button is what its four edges show (inside the rounded corners).
      const [cx, cy] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
      for (const [x, y] of [[box.left + 3, cy], [box.right - 3, cy], [cx, box.top + 3], [cx, box.bottom - 3]] as const) {
        const hit = root.elementFromPoint(x, y);
        if (!hit || !buttons[i]!.contains(hit)) problems.push(`${name} is covered at ${x},${y} by ${hit?.localName ?? 'nothing'}`);
      }
    });
    // Equal visual weight: one width, one font, one padding for all three; a label that wraps to
    // more lines may make its button taller, never more than twice the shortest.
    const widths = new Set(boxes.map((box) => Math.round(box.width)));
    if (widths.size > 1) problems.push(`the buttons differ in width: ${[...widths].join(', ')}`);
    const heights = boxes.map((box) => box.height);
    if (Math.max(...heights) > 2 * Math.min(...heights)) problems.push(`the buttons differ in height too much: ${heights.join(', ')}`);
    const looks = new Set(buttons.map((b) => ['fontSize', 'fontWeight', 'padding', 'backgroundColor', 'color'].map((p) => getComputedStyle(b)[p as 'color']).join(' ')));
    if (looks.size > 1) problems.push(`the buttons look different: ${[...looks].join(' | ')}`);
    if (Math.min(...heights) < 44) problems.push(`a button is under 44 px tall: ${heights.join(', ')}`);
    if (panel.scrollHeight > panel.clientHeight + 1) problems.push('the panel itself scrolls: the buttons could be scrolled away');
    // The text above keeps room to be read: at least two lines, scrolling when it needs more.
    const text = panel.querySelector<HTMLElement>('.text')!;
    const line = parseFloat(getComputedStyle(text).lineHeight);
    if (text.clientHeight < 2 * line) problems.push(`the text has ${text.clientHeight} px, less than two lines of ${line} px`);
    return problems;
  }, choice);

/** The banner of `sample` open at `viewport` (with 200 % text when `zoomed`), bilingual or not. */
async function openBanner(sample: string, zoomed: boolean, bilingual: boolean): Promise<{ page: Page; choice: boolean }> {
  const policy = JSON.parse(readFileSync(`${ROOT}demo/policies/${sample}`, 'utf8')) as Policy;
  const optional = policy.categories.filter((c) => c.id !== 'necessary').map((c) => c.id);
  const data = {
    lang: 'kk',
    policy: `/demo/policies/${sample}`,
    revision: policy.revision,
    categories: optional.length ? optional.join(' ') : undefined,
    bilingual: bilingual ? 'true' : undefined,
  };
  const path = `/fit-${sample}-${zoomed ? 'zoom' : 'phone'}-${bilingual ? 'bi' : 'one'}`;
  const { page } = await openPage(browser, server, path, kelisimPage({ data }), {
    context: { viewport: { width: zoomed ? 320 : 360, height: 640 }, deviceScaleFactor: zoomed ? 2 : 1 },
  });
  if (zoomed) {
    // 200 % text as layout.test.ts models it: Chrome's own font-size setting, then a reload.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.reload();
  }
  await page.locator(inWidget('.panel:not(.dialog) .buttons button')).first().waitFor({ state: 'visible' });
  return { page, choice: optional.length > 0 };
}

describe.each([
  ['360×640', false],
  ['320 px, 200 % text', true],
] as const)('at %s', (_, zoomed) => {
  test.each(SAMPLES)('%s: every button of the banner is on screen, one size, in kk, ru, en and bilingual', async (sample) => {
    const problems: string[] = [];
    const { page, choice } = await openBanner(sample, zoomed, false);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.locator(inWidget(`.panel:not(.dialog) .langs button[lang="${lang}"]`)).click();
      await page.locator(inWidget(`.k[lang="${lang}"]`)).waitFor();
      problems.push(...(await buttonProblems(page, choice)).map((p) => `${LANG_NAMES[lang]}: ${p}`));
    }
    await page.context().close();
    const bilingual = await openBanner(sample, zoomed, true);
    problems.push(...(await buttonProblems(bilingual.page, choice)).map((p) => `kk+ru: ${p}`));
    await bilingual.page.context().close();
    expect(problems).toEqual([]);
  });
});
