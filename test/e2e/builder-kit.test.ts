// The site kit (demo/src/kit/) in real Chromium: the `download-kit` button gives
// kelisim-site-kit.zip; unzipped (fflate, in Node) into a static site on 127.0.0.1 it works
// first time, for a first and a returning visitor, as plain HTML and as Tilda's page (the
// policy inline, the loader on another origin).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo, pickSample, startDemoSite, type DemoSite } from './support/demo-site';
import { ROOT } from './support/server';

let site: DemoSite;
const dirs: string[] = [];
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => {
  await site?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under test/.tmp (served by the test server), by name. */
function kitDir(name: string): { dir: string; path: string } {
  const dir = `${ROOT}test/.tmp/kit-${name}-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  dirs.push(dir);
  return { dir, path: `/${dir.slice(ROOT.length)}` };
}

/** Click the kit button, check the download's name, unzip it into `dir`; returns the file names. */
async function downloadKit(page: Page, dir: string): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-kit"]')]);
  expect(download.suggestedFilename()).toBe('kelisim-site-kit.zip');
  const zip = readFileSync((await download.path())!);
  const files = unzipSync(new Uint8Array(zip));
  for (const [name, data] of Object.entries(files)) writeFileSync(`${dir}/${name}`, data);
  return Object.keys(files).sort();
}

/** A first visit (the banner, accept all) and a returning one (no banner, the decision applies). */
async function firstAndReturning(url: string, notFetchedOnReturn: string) {
  const visitor = await site.newPage();
  await visitor.goto(url);
  const accept = visitor.locator('#kelisim [data-kelisim="accept-all"]');
  await accept.click();
  await expect.poll(async () => (await visitor.context().cookies()).find((c) => c.name === 'kelisim')?.value).toMatch(/analytics/);

  const requests: string[] = [];
  visitor.on('request', (request) => requests.push(request.url()));
  await visitor.reload();
  // The loader has applied the stored decision (the API answers with it): nothing left to ask.
  await visitor.waitForFunction(() => (window as unknown as { Kelisim?: { get(): { granted: string[] } | null } }).Kelisim?.get()?.granted.includes('analytics'));
  expect(await accept.count()).toBe(0);
  expect(requests.filter((r) => r.endsWith(notFetchedOnReturn))).toEqual([]);
  return visitor;
}

describe('the site kit', () => {
  test('plain HTML: the zip holds the loader, its chunks, index.html and the policy files, and works from a static host', async () => {
    const { page } = await openDemo(site);
    await page.selectOption('#ui-lang', 'ru');
    await pickSample(page, 'sebet');
    const { dir, path } = kitDir('html');
    const names = await downloadKit(page, dir);

    const widget = readdirSync(`${ROOT}dist`).filter((name) => /^kelisim.*\.js$/.test(name));
    expect(names).toEqual(expect.arrayContaining([...widget, 'index.html', 'policy.json', 'README.md']));
    for (const lang of ['kk', 'ru', 'en']) expect(names).toEqual(expect.arrayContaining([`policy.${lang}.json`, `privacy.${lang}.html`]));
    // The loader is the built one, byte for byte.
    expect(readFileSync(`${dir}/kelisim.js`)).toEqual(readFileSync(`${ROOT}dist/kelisim.js`));
    const perLanguage = JSON.parse(readFileSync(`${dir}/policy.kk.json`, 'utf8')) as { lang: string; operator: { name: Record<string, string> } };
    expect(perLanguage.lang).toBe('kk');
    expect(Object.keys(perLanguage.operator.name)).toEqual(['kk']);
    // The README is in the interface language, with the platform's steps and the snippet.
    const readme = readFileSync(`${dir}/README.md`, 'utf8');
    expect(readme).toMatch(/^# Комплект Kelisim для сайта — HTML/);
    expect(readme).toContain('data-revision=');
    // The kit's index.html loads what sits next to it.
    // One file per language by default: the first visitor of the Kazakh page fetches policy.kk.json only.
    expect(readFileSync(`${dir}/index.html`, 'utf8')).toMatch(/src="kelisim\.js"[\s\S]*data-policy="policy\.\{lang\}\.json"/);

    const visitor = await firstAndReturning(`${site.server.origin}${path}/index.html`, '.json');
    // The privacy page of the kit is the policy's notice, in its language.
    await visitor.goto(`${site.server.origin}${path}/privacy.kk.html`);
    expect(await visitor.getAttribute('html', 'lang')).toBe('kk');
    expect(await visitor.textContent('body')).toContain(JSON.parse(readFileSync(`${dir}/policy.json`, 'utf8')).operator.name.kk);
  });

  test('Tilda: the policy is inline and the loader comes from another origin', async () => {
    const { page } = await openDemo(site);
    await pickSample(page, 'sebet');
    const { dir, path } = kitDir('tilda');
    await page.check('input[name="platform"][value="tilda"]');
    // The loader and its chunks are hosted at 127.0.0.1; the "Tilda" page is on another host name.
    await page.fill('#script-url', `${site.server.origin}${path}/kelisim.js`);
    await downloadKit(page, dir);
    const index = readFileSync(`${dir}/index.html`, 'utf8');
    expect(index).toContain('<script type="application/json" id="kelisim-policy">');
    expect(index).not.toContain('data-policy');

    const tildaSite = `http://project1234.tilda.test:${site.server.port}`;
    const requests: string[] = [];
    const visitor = await firstAndReturning(`${tildaSite}${path}/index.html`, 'policy.json');
    visitor.on('request', (request) => requests.push(request.url()));
    await visitor.reload();
    await visitor.waitForFunction(() => (window as unknown as { Kelisim?: { get(): unknown } }).Kelisim?.get());
    expect(requests).toContain(`${site.server.origin}${path}/kelisim.js`);
    expect(new URL(visitor.url()).host).not.toBe(new URL(site.server.origin).host);
  });
});
