// A first visit's chunks in parallel (issue 12): when the loader knows the language already
// (`data-lang`, or `<html lang>`), the banner's strings are requested together with the banner
// chunk, not after it has downloaded and run; so is the policy when the tag gives no revision. Proved by holding the banner chunk's response: the
// strings request reaches the server while the banner chunk cannot have finished.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';
import { POLICY, UI, decision, gated, loaderTag, openPage, pathsSince, waitRan, widgetButton } from './loader-page';

const strings = (lang: string) => `/dist/kelisim-strings.${lang}.js`;

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterEach(async () => { await Promise.all(contexts.splice(0).map((c) => c.close())); });
afterAll(async () => { await browser.close(); await server.close(); });

const TAG = `data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics"`;

test.each([
  ['data-lang="en"', `${TAG} data-lang="en"`, ['en'], []],
  ['<html lang> (kk)', TAG, ['kk'], []],
  ['the bilingual layout', `${TAG} data-bilingual`, ['kk', 'ru'], []],
  // No data-revision: the banner chunk works out the revision from the policy, fetched meanwhile.
  ['data-policy only', `data-policy="${POLICY}"`, ['kk'], [POLICY]],
])('the strings and the policy (%s) are requested while the banner chunk is still downloading', async (name, attrs, langs, more) => {
  const context = await browser.newContext();
  contexts.push(context);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(`**${UI}`, async (route) => {
    await held;
    await route.continue();
  });
  const mark = server.requests.length;
  const path = `/parallel-${name.replaceAll(/\W+/g, '-')}`;
  const { page, errors } = await openPage(server, context, path, loaderTag(attrs));
  // The banner chunk's response is held: a request seen now was made before it finished.
  await expect.poll(() => pathsSince(server, mark), { timeout: 5000 }).toEqual(expect.arrayContaining([...langs.map(strings), ...more]));
  expect(pathsSince(server, mark)).not.toContain(UI);
  release();
  await widgetButton(page, 'accept-all').waitFor();
  // Each strings chunk once: the banner chunk's own request for it found the loader's.
  for (const path of [...langs.map(strings), ...more]) expect(pathsSince(server, mark).filter((p) => p === path)).toHaveLength(1);
  expect(await decision(page)).toBeNull();
  expect(errors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
});

test('a returning visitor on a data-policy-only tag: the banner chunk works out the revision, no strings are fetched, the gate opens', async () => {
  const context = await browser.newContext();
  contexts.push(context);
  const tag = loaderTag(`data-policy="${POLICY}"`);
  const first = await openPage(server, context, '/parallel-returning-1', tag);
  await widgetButton(first.page, 'accept-all').click();
  await expect.poll(() => decision(first.page)).not.toBeNull();
  const mark = server.requests.length;
  const { page, errors } = await openPage(server, context, '/parallel-returning-2', tag, gated('returning'));
  // The gated script ran: the banner chunk has prepared the policy, long after the loader's prefetch.
  await waitRan(page, 1);
  const paths = pathsSince(server, mark);
  expect(paths).toEqual(expect.arrayContaining([UI, POLICY]));
  expect(paths.filter((p) => p.startsWith('/dist/kelisim-strings.'))).toEqual([]);
  expect(await page.evaluate(() => document.getElementById('kelisim')?.shadowRoot?.querySelector('[data-kelisim="accept-all"]') ?? null)).toBeNull();
  expect(errors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
});
