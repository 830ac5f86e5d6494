// One language on the wire (issue 12): `data-policy="…/policy.{lang}.json"` through the built script
// tag. The widget's language's file is the only policy fetched; the switcher and the bilingual
// layout fetch the other language's file; a decision is the same in every language's file.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { policyForLanguage } from '../../src/core/policy-language';
import type { Lang, Policy } from '../../src/core/policy-types';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import { POLICY, UI, decision, gated, loaderTag, openPage, pathsSince, ran, waitForError, waitRan, widgetButton } from './loader-page';

const FULL = JSON.parse(readFileSync(`${ROOT}${POLICY}`, 'utf8')) as Policy;
/** The same policy without English: its files list kk and ru only. */
const NO_EN = { ...FULL, operator: { ...FULL.operator, name: { kk: FULL.operator.name.kk, ru: FULL.operator.name.ru } } } as unknown as Policy;
const TAG = (dir: string, more = 'data-revision="2026-01" data-categories="analytics"') => loaderTag(`data-policy="/${dir}/policy.{lang}.json" ${more}`);

const { server, freshContext } = useBrowserSession();
// /lang/ has all three files, /no-ru/ only the Kazakh one (ru is a 404), /no-en/ the files of NO_EN.
server.handle((req, res) => {
  const match = /^\/(lang|no-ru|no-en)\/policy\.(kk|ru|en)\.json$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
  if (!match) return false;
  const [, dir, lang] = match as unknown as [string, string, Lang];
  if (dir === 'no-ru' && lang !== 'kk') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(policyForLanguage(dir === 'no-en' ? NO_EN : FULL, lang)));
});

/** Kelisim's console errors (a browser's own, e.g. for a favicon, are not ours). */
const kelisimErrors = (...lists: string[][]) => lists.flat().filter((text) => text.includes('Kelisim'));
/** The policy files requested since `mark`. */
const policyFiles = (mark: number) => pathsSince(server, mark).filter((path) => /policy\.\w+\.json$/.test(path));
/** The widget's language and the operator's name as the banner shows it. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('kelisim')!.shadowRoot!;
    return { lang: root.querySelector('.k')?.getAttribute('lang'), operator: root.querySelector('.panel b')?.textContent };
  });
/** The banner's language buttons, by their `lang`. */
const switcher = (page: Page) => page.evaluate(() => [...document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('.langs button')].map((b) => b.getAttribute('lang')));
const switchTo = (page: Page, lang: Lang) => page.locator(`#kelisim .panel .langs button[lang="${lang}"]`).click();

test('a Kazakh page fetches only policy.kk.json; the switcher fetches policy.ru.json and shows Russian; the decision holds with either file', async () => {
  const context = await freshContext();
  const mark = server.requests.length;
  const { page, errors, uncaught } = await openPage(server, context, '/lang-kk', TAG('lang'), gated('kk'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(await shown(page)).toEqual({ lang: 'kk', operator: FULL.operator.name.kk });
  expect(policyFiles(mark)).toEqual(['/lang/policy.kk.json']);
  expect(await switcher(page)).toEqual(['kk', 'ru', 'en']);

  await switchTo(page, 'ru');
  await page.waitForFunction(() => document.getElementById('kelisim')!.shadowRoot!.querySelector('.k')?.getAttribute('lang') === 'ru');
  expect(await shown(page)).toEqual({ lang: 'ru', operator: FULL.operator.name.ru });
  expect(policyFiles(mark)).toEqual(['/lang/policy.kk.json', '/lang/policy.ru.json']);
  // Back to Kazakh: its texts are there already, nothing is fetched.
  await switchTo(page, 'kk');
  await page.waitForFunction(() => document.getElementById('kelisim')!.shadowRoot!.querySelector('.k')?.getAttribute('lang') === 'kk');
  expect(await shown(page)).toEqual({ lang: 'kk', operator: FULL.operator.name.kk });
  await widgetButton(page, 'accept-all').click();
  await waitRan(page, 1);
  expect((await decision(page))?.revision).toBe('2026-01');

  // Returning, with the revision in the tag: nothing is fetched (the gated script ran first).
  const again = server.requests.length;
  const back = await openPage(server, context, '/lang-kk-again', TAG('lang'), gated('again'));
  await waitRan(back.page, 1);
  expect(pathsSince(server, again).filter((path) => path.endsWith('.json') || path === UI)).toEqual([]);

  // A Russian page whose tag names no revision reads policy.ru.json: the decision made with the
  // Kazakh file holds (same revision), so no banner, and the gated script runs.
  const ru = server.requests.length;
  const russian = await openPage(server, context, '/lang-ru', TAG('lang', 'data-lang="ru"'), gated('ru'));
  await waitRan(russian.page, 1);
  expect(policyFiles(ru)).toEqual(['/lang/policy.ru.json']);
  expect(await ran(russian.page)).toEqual(['ru']);
  expect(await russian.page.evaluate(() => document.querySelector('#kelisim')?.shadowRoot?.querySelector('[data-kelisim="accept-all"]') ?? null)).toBeNull();
  expect(kelisimErrors(errors, back.errors, russian.errors)).toEqual([]);
  expect([...uncaught, ...back.uncaught, ...russian.uncaught]).toEqual([]);
});

test('a missing policy.ru.json: one Kelisim error naming its URL, and the banner stays Kazakh', async () => {
  const loaded = await openPage(server, await freshContext(), '/no-ru', TAG('no-ru'));
  const { page } = loaded;
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  await switchTo(page, 'ru');
  const error = await waitForError(loaded, 'Kelisim:', '/no-ru/policy.ru.json');
  expect(error).toContain('HTTP 404');
  expect(await shown(page)).toEqual({ lang: 'kk', operator: FULL.operator.name.kk });
  expect(loaded.errors.filter((text) => text.includes('Kelisim'))).toEqual([error]);
  // The widget still works in Kazakh: accept-all records the decision.
  await widgetButton(page, 'accept-all').click();
  await page.waitForFunction(() => (window as unknown as { Kelisim: { get(): unknown } }).Kelisim.get() !== null);
  expect((await decision(page))?.lang).toBe('kk');
  expect(loaded.uncaught).toEqual([]);
});

test('the switcher offers the languages of the policy files', async () => {
  const { page } = await openPage(server, await freshContext(), '/no-en', TAG('no-en'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(await switcher(page)).toEqual(['kk', 'ru']);
});

test('the bilingual layout fetches the Kazakh and the Russian file and shows both at once', async () => {
  const mark = server.requests.length;
  const { page, errors } = await openPage(server, await freshContext(), '/lang-bi', TAG('lang', 'data-revision="2026-01" data-categories="analytics" data-bilingual'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  const names = await page.evaluate(() => [...document.getElementById('kelisim')!.shadowRoot!.querySelectorAll('.panel b span')].map((s) => s.textContent));
  expect(names).toEqual([FULL.operator.name.kk, FULL.operator.name.ru]);
  expect(policyFiles(mark).sort()).toEqual(['/lang/policy.kk.json', '/lang/policy.ru.json']);
  expect(kelisimErrors(errors)).toEqual([]);
});

/** A page without `<html lang>` (the widget's language then comes from the stored pick or the browser), recording localStorage reads. */
async function openBarePage(context: BrowserContext, path: string, tag: string) {
  server.page(path, `<!doctype html><html><meta charset="utf-8"><title>${path}</title>
<script>window.__reads = []; const get = Storage.prototype.getItem; Storage.prototype.getItem = function (key) { window.__reads.push(key); return get.call(this, key); };</script>
${tag}<body><h1>${path}</h1></body></html>`);
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}
const reads = (page: Page) => page.evaluate(() => (window as unknown as { __reads: string[] }).__reads);

test('without data-lang or <html lang>, the visitor\'s stored pick chooses the file (read by the UI chunk); with data-lang it is never read', async () => {
  const context = await freshContext();
  await context.addInitScript(() => localStorage.setItem('kelisim.lang', 'ru'));
  const mark = server.requests.length;
  const page = await openBarePage(context, '/bare-stored', TAG('lang'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(await shown(page)).toEqual({ lang: 'ru', operator: FULL.operator.name.ru });
  expect(policyFiles(mark)).toEqual(['/lang/policy.ru.json']);
  expect(await reads(page)).toContain('kelisim.lang');

  const explicit = server.requests.length;
  const en = await openBarePage(context, '/bare-explicit', TAG('lang', 'data-lang="en" data-revision="2026-01" data-categories="analytics"'));
  await widgetButton(en, 'accept-all').waitFor({ state: 'visible' });
  expect(await shown(en)).toEqual({ lang: 'en', operator: FULL.operator.name.en });
  expect(policyFiles(explicit)).toEqual(['/lang/policy.en.json']);
  expect(await reads(en)).not.toContain('kelisim.lang');
});
