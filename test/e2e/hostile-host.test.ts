import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { decisionCookies, gatedRuns, inWidget, kelisimPage, openPage, POLL, waitForBanner, waitForDialog } from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** Counts `kelisim:consent` events from the page's first moment. */
const COUNT_CONSENTS = `window.__consents = 0; addEventListener('kelisim:consent', () => window.__consents++);`;

/** A Tailwind-style preflight (abridged from Tailwind CSS v3's). */
const PREFLIGHT = `*,::before,::after{box-sizing:border-box;border-width:0;border-style:solid;border-color:#e5e7eb}
html{line-height:1.5;-webkit-text-size-adjust:100%;tab-size:4;font-family:ui-sans-serif,system-ui}
body{margin:0;line-height:inherit}h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit}
button,input{font-family:inherit;font-size:100%;font-weight:inherit;line-height:inherit;color:inherit;margin:0;padding:0}
button,[type='button']{-webkit-appearance:button;background-color:transparent;background-image:none}
a{color:inherit;text-decoration:inherit}ol,ul{list-style:none;margin:0;padding:0}p,h1,h2{margin:0}
[hidden]{display:none}`;

/** Page CSS that would wreck any widget it could reach. */
const AGGRESSIVE = `<style>${PREFLIGHT}
* { all: unset }
html { font-size: 40px }
body { font-size: 3rem; color: red; background: yellow }
button { display: none !important }
div { position: absolute !important; left: -9999px; visibility: hidden; opacity: 0 }
#kelisim { display: none; width: 0; height: 0; overflow: hidden }
</style>`;

/** Open `head` + `body` around the loader and wait for the banner. */
async function open(path: string, { head = '', body = '<main><h1>Shop</h1><button id="own">Buy</button></main>', tags = 1 } = {}) {
  const opened = await openPage(browser, server, path, kelisimPage({ lang: 'en', data: { lang: 'en' }, head, body, tags }), {
    init: COUNT_CONSENTS,
  });
  await waitForBanner(opened.page);
  return opened;
}

/** Each control of the widget's `layer` as a visitor meets it: size, text size, whether it is on top. */
const controls = (page: Page, layer: string) =>
  page.evaluate((layer) => {
    const root = document.getElementById('kelisim')!.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>(`${layer} button`)].map((el) => {
      const box = el.getBoundingClientRect();
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        name: el.dataset.kelisim ?? el.textContent,
        box: [box.left, box.top, box.width, box.height].map(Math.round).join(' '),
        fontSize: getComputedStyle(el).fontSize,
        shown: box.width > 0 && box.height > 0 && !!hit && (hit === el || el.contains(hit)),
      };
    });
  }, layer);

/** The banner's and the dialog's controls (the dialog is closed again afterwards). */
async function widgetControls(page: Page) {
  const banner = await controls(page, '.panel:not(.dialog)');
  await page.locator(inWidget('.panel [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  const dialog = await controls(page, '.dialog');
  await page.keyboard.press('Escape');
  return { banner, dialog };
}

/** Accept in the banner, then check the decision was stored and announced exactly once. */
async function acceptOnce(page: Page): Promise<void> {
  await page.locator(inWidget('.panel [data-kelisim="accept-all"]')).click();
  await expect.poll(() => gatedRuns(page), POLL).toBe(1);
  // The page's cookie write reaches the browser's store a moment after the gated tag ran.
  await expect.poll(async () => (await decisionCookies(page.context())).length, POLL).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __consents: number }).__consents)).toBe(1);
}

test('aggressive page CSS cannot hide, shrink or restyle the widget, and the page keeps its own look', async () => {
  const plain = await open('/plain-css');
  const expected = await widgetControls(plain.page);
  await plain.context.close();
  expect(expected.banner.map((c) => c.name)).toEqual(expect.arrayContaining(['accept-all', 'reject-all', 'open-settings']));
  expect([...expected.banner, ...expected.dialog].every((c) => c.shown)).toBe(true);

  const { context, page, log } = await open('/hostile-css', { head: AGGRESSIVE });
  const pageLook = () =>
    page.evaluate(() => ({
      own: getComputedStyle(document.getElementById('own')!).display,
      sheets: document.styleSheets.length,
      font: getComputedStyle(document.documentElement).fontSize,
    }));
  const before = await pageLook();
  expect(before).toEqual({ own: 'none', sheets: 1, font: '40px' });
  // Same controls, same place, same size, same text size as on a page without such CSS.
  expect(await widgetControls(page)).toEqual(expected);
  await acceptOnce(page);
  expect(await pageLook()).toEqual(before);
  expect(log.pageErrors).toEqual([]);
  await context.close();
});

/** The page's own js-cookie and i18next (the real libraries), set up before the loader. */
const HOST_LIBRARIES = `<script src="/node_modules/js-cookie/dist/js.cookie.min.js"></script>
<script src="/node_modules/i18next/dist/umd/i18next.min.js"></script>
<script>
  i18next.init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } } } });
  window.dataLayer = [{ event: 'host-start' }];
  window.hostRefs = { Cookies: window.Cookies, i18next: window.i18next, dataLayer: window.dataLayer };
  window.hostCookiesBefore = JSON.stringify({ attributes: Cookies.attributes, converter: String(Cookies.converter.read) });
</script>`;

test('the page\'s own window.Cookies, window.i18next and dataLayer are the same objects, unchanged, afterwards', async () => {
  const { context, page, log } = await open('/hostile-globals', { head: HOST_LIBRARIES });
  await page.locator(inWidget('.panel .langs button:text-is("Русский")')).click();
  await acceptOnce(page);
  const host = await page.evaluate(() => {
    const w = window as unknown as {
      Cookies: { attributes: object; converter: { read: unknown } };
      i18next: { language: string; t(key: string): string; store: { data: object } };
      dataLayer: unknown[];
      hostRefs: { Cookies: unknown; i18next: unknown; dataLayer: unknown };
      hostCookiesBefore: string;
    };
    return {
      same: [w.Cookies === w.hostRefs.Cookies, w.i18next === w.hostRefs.i18next, w.dataLayer === w.hostRefs.dataLayer],
      cookies: JSON.stringify({ attributes: w.Cookies.attributes, converter: String(w.Cookies.converter.read) }) === w.hostCookiesBefore,
      i18n: { language: w.i18next.language, hello: w.i18next.t('hello'), languages: Object.keys(w.i18next.store.data) },
      firstEntry: w.dataLayer[0],
    };
  });
  expect(host).toEqual({
    same: [true, true, true],
    cookies: true,
    i18n: { language: 'de', hello: 'Hallo', languages: ['de'] },
    firstEntry: { event: 'host-start' },
  });
  expect(log.pageErrors).toEqual([]);
  await context.close();
});

test('a page that throws its own errors before and after the tag still gets a working widget', async () => {
  const { context, page, log } = await open('/hostile-errors', {
    head: `<script>throw new Error('host: before the tag')</script><script>Promise.reject(new Error('host: rejected'))</script>`,
    body: `<main><h1>Shop</h1></main><script>undefinedHostFunction()</script>`,
  });
  await acceptOnce(page);
  // Only the page's own errors were reported: none of them from Kelisim.
  expect(log.pageErrors.sort()).toEqual(['host: before the tag', 'host: rejected', 'undefinedHostFunction is not defined']);
  expect(log.errors.filter((e) => /kelisim/i.test(e))).toEqual([]);
  await context.close();
});

test('the tag twice on a page gives one widget, one cookie and one consent event', async () => {
  const { context, page, log } = await open('/hostile-twice', { tags: 2 });
  expect(await page.evaluate(() => document.querySelectorAll('#kelisim').length)).toBe(1);
  expect(await page.locator(inWidget('.panel:not(.dialog)')).count()).toBe(1);
  // The second tag has run and stood aside (its warning): no second instance is left to answer the decision.
  await expect.poll(() => log.warnings.filter((w) => /twice/.test(w)), POLL).toHaveLength(1);
  await acceptOnce(page);
  expect(await page.evaluate(() => (window as unknown as { __consents: number }).__consents)).toBe(1);
  expect(log.warnings.filter((w) => /twice/.test(w))).toHaveLength(1);
  expect(log.pageErrors).toEqual([]);
  await context.close();
});
