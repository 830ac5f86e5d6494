import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { focusState, inWidget, kelisimPage, openPage, waitForBanner, waitForDialog } from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** An ordinary article page: text, an image with its size, links. */
const ARTICLE = `<main><h1>Dala Market</h1>
${Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to wrap on a phone. <a href="/p/${i + 1}">Link ${i + 1}</a></p>`).join('\n')}
<img src="/test/fixtures/gate/pixel.svg" width="300" height="150" alt="A picture">
</main>
<footer><a href="/privacy">Privacy policy</a> · <a href="#" data-kelisim="open-settings">Cookie settings</a></footer>`;

/** Sum every layout shift the page reports, from its very start. */
const OBSERVE_SHIFTS = `window.__shift = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shift += entry.value; })
  .observe({ type: 'layout-shift', buffered: true });`;

/** Wait two frames, so layout shifts of the last change are reported. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test.each(['bar', 'box', 'modal'])('the %s banner and the dialog shift no page content (layout shift 0)', async (layout) => {
  const { context, page } = await openPage(browser, server, `/shift-${layout}`, kelisimPage({ data: { lang: 'en', layout }, body: ARTICLE }), {
    context: { viewport: { width: 360, height: 640 } },
    init: OBSERVE_SHIFTS,
  });
  await waitForBanner(page);
  await settle(page);
  await page.locator(inWidget('.panel [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  await settle(page);
  await page.keyboard.press('Escape');
  await settle(page);
  await page.locator(inWidget('.panel [data-kelisim="reject-all"]')).click();
  await page.locator(inWidget('.floating')).waitFor();
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  await context.close();
});

/**
 * Text zoom is modelled as Chrome's own text-size setting (Settings › Appearance › Font size,
 * `Page.setFontSizes` over CDP): it doubles the default font size, the size every `medium`,
 * `em` or `rem` text follows, and is what a reader who needs large text sets once for every site.
 * The 320 px viewport at device scale factor 2 is a 640 px window at 200 % page zoom.
 */
async function openZoomed(path: string): Promise<Page> {
  const { page } = await openPage(browser, server, path, kelisimPage({ data: { lang: 'kk' }, body: ARTICLE }), {
    context: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 },
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  await waitForBanner(page);
  return page;
}

/** Font size of the banner's Accept all button, and of the host page's paragraphs, in px. */
const fontSizes = (page: Page) =>
  page.evaluate(() => ({
    widget: parseFloat(getComputedStyle(document.getElementById('kelisim')!.shadowRoot!.querySelector('[data-kelisim="accept-all"]')!).fontSize),
    page: parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
  }));

test('the widget\'s text follows the browser\'s text size, as the page\'s does', async () => {
  const page = await openZoomed('/text-size');
  // The page's own text doubled: the setting is in force.
  expect((await fontSizes(page)).page).toBe(32);
  expect((await fontSizes(page)).widget).toBeGreaterThanOrEqual(32);
  await page.context().close();
});

/** What needs sideways scrolling, or which control of `layer` cannot be reached, described; empty when all is well. */
const reflowProblems = (page: Page, layer: string) =>
  page.evaluate(async (layer) => {
    const problems: string[] = [];
    const root = document.getElementById('kelisim')!.shadowRoot!;
    const name = (el: Element) => `${el.localName}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
    const page = document.scrollingElement!;
    if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (/auto|scroll|hidden/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.matches('.sr')) {
        problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    for (const el of root.querySelectorAll<HTMLElement>(`${layer} :is(button, a[href], input, summary)`)) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise(requestAnimationFrame);
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = root.elementFromPoint(x, y);
      if (box.left < 0 || box.right > innerWidth + 1) problems.push(`${name(el)} sticks out sideways: ${box.left}..${box.right}`);
      else if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) problems.push(`${name(el)} cannot be reached: ${hit ? name(hit) : 'nothing'} is on it`);
    }
    return problems;
  }, layer);

test('at 320 px with 200 % text, neither the banner nor the dialog needs sideways scrolling, and every control is reachable', async () => {
  const page = await openZoomed('/reflow');
  const problems: string[] = [];
  // The switch loads the language's strings first: wait until the widget is in it, then measure.
  const inLang = (code: string) => page.waitForFunction((code) => document.getElementById('kelisim')!.shadowRoot!.querySelector('.k')?.getAttribute('lang') === code, code);
  const LANGS = { Қазақша: 'kk', Русский: 'ru', English: 'en' } as const;
  for (const lang of ['Қазақша', 'Русский', 'English'] as const) {
    await page.locator(inWidget(`.panel:not(.dialog) .langs button:text-is("${lang}")`)).click();
    await inLang(LANGS[lang]);
    problems.push(...(await reflowProblems(page, '.panel:not(.dialog)')).map((p) => `banner, ${lang}: ${p}`));
  }
  await page.locator(inWidget('.panel [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  for (const lang of ['Қазақша', 'Русский', 'English'] as const) {
    await page.locator(inWidget(`.dialog .langs button:text-is("${lang}")`)).click();
    await inLang(LANGS[lang]);
    await page.evaluate(() => document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true)));
    problems.push(...(await reflowProblems(page, '.dialog')).map((p) => `dialog, ${lang}: ${p}`));
  }
  expect(problems).toEqual([]);
  await page.context().close();
});

/** The focused page element's box and the part of it the banner leaves visible, in px². */
const uncovered = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const panel = document.getElementById('kelisim')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    // Of the element's box, what lies inside the viewport and outside the banner.
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight, panel.top > box.top ? panel.top : innerHeight);
    const hiddenByBanner = panel.top <= box.top && panel.left <= box.left && panel.right >= box.right;
    return { text: el.textContent, area: box.width * box.height, visible: hiddenByBanner ? 0 : Math.max(0, bottom - top) * box.width };
  });

test.each([
  { width: 1280, height: 800 },
  { width: 360, height: 640 },
])('with the bar banner open, no page link Tab reaches is hidden behind it ($width px)', async (viewport) => {
  const { context, page } = await openPage(browser, server, `/obscured-${viewport.width}`, kelisimPage({ data: { lang: 'ru' }, body: ARTICLE }), {
    context: { viewport },
  });
  await waitForBanner(page);
  const hidden: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focusState(page)).inWidget) break;
    const { text, area, visible } = await uncovered(page);
    if (area > 0 && visible === 0) hidden.push(text ?? '');
  }
  expect(hidden).toEqual([]);
  await context.close();
});
