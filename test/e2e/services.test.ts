// Consent per service through the built script tag (dist/): gating by a service id, embeds behind
// a placeholder until their "Load" button, a returning visitor whose decision grants services
// only, and a decision cookie written by the previous version. Every host name resolves to the
// test server, so "video.stub.test" and "maps.stub.test" stand for the providers' hosts (the real
// ones are on Chromium's HSTS preload list, which would upgrade them to https).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import { STUB, UI, decision, gated, loaderTag, openPage, pathsSince, ran, waitRan, widgetButton } from './loader-page';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const POLICY_PATH = '/services/policy.json';
const TAG = loaderTag(`data-policy="${POLICY_PATH}" data-revision="2026-01" data-categories="analytics functional"`);

const { server, freshContext } = useBrowserSession();

/** The fixture policy with a "functional" category of two embeds: YouTube and Google Maps. */
function servicesPolicy(): string {
  const policy = JSON.parse(readFileSync(`${ROOT}test/fixtures/policy.json`, 'utf8'));
  const service = (id: string, name: string) => ({ id, name, provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' }, country: 'US', cookies: [] });
  policy.categories.push({
    id: 'functional',
    title: { kk: 'Функционалдық', ru: 'Функциональные', en: 'Functional' },
    description: { kk: 'Бейне мен карта.', ru: 'Видео и карты.', en: 'Videos and maps.' },
    services: [service('youtube', 'YouTube'), service('google-maps', 'Google Maps')],
  });
  policy.purposes.push({ ...policy.purposes.at(-1), id: 'embeds', category: 'functional' });
  return JSON.stringify(policy);
}

server.handle((req, res) => {
  if (req.url !== POLICY_PATH) return false;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(servicesPolicy());
});
// The providers' embeds: any path on a stub host answers with a small page.
server.handle((req, res) => {
  if (!/^(video\.stub\.test|maps\.stub\.test):/.test(req.headers.host ?? '')) return false;
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<!doctype html><title>embed</title><p>embed');
});

/** Requests the server saw for a stub provider host. */
const hostRequests = (host: string) => server.requests.filter((r) => r.host.startsWith(`${host}:`)).length;

const frames = () => `
  <iframe data-consent="youtube" data-src="http://video.stub.test:${server.port}/embed/v1" width="560" height="315" title="Video"></iframe>
  <iframe data-consent="google-maps" data-src="http://maps.stub.test:${server.port}/maps/embed" width="400" height="300" title="Map"></iframe>`;

/** The placeholder of service `id`. */
const placeholder = (page: Page, id: string) => page.locator(`[data-kelisim-embed="${id}"]`);

/** A decision cookie exactly as Kelisim 0.1 wrote it (format 1), on 127.0.0.1. */
const oldCookie = (granted: string) => ({
  name: 'kelisim',
  value: `1|2026-01|analytics.functional|${granted}|${Date.now().toString(36)}|1b4e28ba-2fa1-41d2-883f-0016d3cca427|kk|c`,
  domain: '127.0.0.1',
  path: '/',
});

test('an embed waits behind a placeholder; its Load button (from the keyboard) grants and loads just that embed', async () => {
  const context = await freshContext();
  const { page, uncaught } = await openPage(server, context, '/embeds', TAG, frames());
  // Positive condition first: both placeholders are drawn (the embeds chunk ran).
  await placeholder(page, 'google-maps').waitFor();
  const youtube = placeholder(page, 'youtube');
  expect(await youtube.textContent()).toContain('YouTube (Google LLC, АҚШ) — бейнені көру үшін келісім қажет');
  expect(await youtube.getAttribute('role')).toBe('region');
  const box = (await youtube.boundingBox())!;
  // The space the iframe took: 560×315 inside Chromium's default 2 px iframe border.
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([564, 319]);
  expect(await page.locator('iframe[title="Video"]').isVisible()).toBe(false);
  expect([hostRequests('video.stub.test'), hostRequests('maps.stub.test')]).toEqual([0, 0]);

  await youtube.locator('[data-kelisim="load"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('iframe[title="Video"]')?.getAttribute('src')?.includes('/embed/v1'));
  await expect.poll(() => hostRequests('video.stub.test')).toBeGreaterThan(0);
  await expect(youtube.count()).resolves.toBe(0);
  // The focus went from the removed button to the embed it loaded.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Video');
  // The YouTube embed has loaded (waited for above): the map, not granted, has still sent nothing.
  expect(hostRequests('maps.stub.test')).toBe(0);
  expect(await placeholder(page, 'google-maps').isVisible()).toBe(true);
  expect(await decision(page)).toMatchObject({ granted: [], services: ['youtube'], method: 'custom' });
  expect(await page.evaluate(() => ['youtube', 'google-maps', 'functional'].map((id) => (window as unknown as { Kelisim: { has(id: string): boolean } }).Kelisim.has(id)))).toEqual([true, false, false]);
  expect(uncaught).toEqual([]);

  // A returning visitor with that service-only decision: a script gated by the service id runs
  // from the cookie alone (the loader knows no services), the other service's does not, and
  // neither the UI bundle nor a placeholder for YouTube is needed.
  const mark = server.requests.length;
  const next = await openPage(server, context, '/embeds-again', TAG, `${gated('yt', 'youtube')}${gated('maps', 'google-maps')}${gated('last', 'youtube')}${frames()}`);
  // 'last' comes after 'maps' in document order: once it ran, the gate has passed 'maps' by.
  await waitRan(next.page, 2);
  expect(await ran(next.page)).toEqual(['yt', 'last']);
  await placeholder(next.page, 'google-maps').waitFor();
  expect(await placeholder(next.page, 'youtube').count()).toBe(0);
  expect(await next.page.locator('iframe[title="Video"]').getAttribute('src')).toContain('/embed/v1');
  expect(pathsSince(server, mark)).not.toContain(UI);
});

test('one service on makes its category switch mixed (axe-clean); the category switch turns them all on, and saving grants them to the gate', async () => {
  const { page } = await openPage(server, await freshContext(), '/embeds-dialog', TAG, `${gated('maps', 'google-maps')}${frames()}`);
  await widgetButton(page, 'open-settings').click();
  const category = page.locator('#kelisim [data-kelisim-category="functional"]');
  await page.locator('#kelisim details').last().locator('summary').click();
  await page.locator('#kelisim [data-kelisim-service="youtube"]').check();
  expect(await category.getAttribute('aria-checked')).toBe('mixed');
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ passes: unknown[]; violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const results = await axe.run({ include: [[['#kelisim', '[role="dialog"]']]] });
    return [results.passes.length > 10, ...results.violations.map((v) => `${v.id} (${v.nodes.length})`)];
  });
  // (More than ten rules passed: axe did look inside the shadow root.)
  expect(violations).toEqual([true]);
  await category.click();
  await page.locator('#kelisim [data-kelisim="save"]').click();
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['maps']);
  expect(await decision(page)).toMatchObject({ granted: ['functional'], services: ['youtube', 'google-maps'] });
  await expect.poll(() => placeholder(page, 'youtube').count()).toBe(0);
});

test('a decision cookie of the previous version still reads: its categories open the gate, no banner', async () => {
  const context = await freshContext();
  await context.addCookies([oldCookie('analytics')]);
  const mark = server.requests.length;
  const { page } = await openPage(server, context, '/old-cookie', TAG, `${gated('old', 'analytics')}${gated('after')}`);
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['old', 'after']);
  expect(await decision(page)).toMatchObject({ granted: ['analytics'], services: [], id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' });
  expect(pathsSince(server, mark)).not.toContain(UI);
  expect(server.requests.slice(mark).filter((r) => r.url.startsWith(`${STUB}?name=old`))).toHaveLength(1);
});

describe.each(['kk', 'ru', 'en'] as const)('placeholders in %s', (lang) => {
  const words = { kk: 'келісім қажет', ru: 'нужно согласие', en: 'consent is needed' };
  test('say what is needed in the language and have no axe violations', async () => {
    const context = await freshContext();
    // Decided before (all declined), so no banner: the page holds the placeholders alone.
    await context.addCookies([oldCookie('')]);
    const { page } = await openPage(server, context, `/embeds-${lang}`, loaderTag(`data-policy="${POLICY_PATH}" data-revision="2026-01" data-categories="analytics functional" data-lang="${lang}"`), frames());
    await placeholder(page, 'google-maps').waitFor();
    expect(await placeholder(page, 'youtube').textContent()).toContain(words[lang]);
    expect(await placeholder(page, 'youtube').getAttribute('lang')).toBe(lang);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const results = await axe.run({ include: [['[data-kelisim-embed="youtube"]'], ['[data-kelisim-embed="google-maps"]']] });
      return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});

test("the placeholders follow the widget's language switch (and keep the focus on the same button)", async () => {
  const { page } = await openPage(server, await freshContext(), '/embeds-switch', loaderTag(`data-policy="${POLICY_PATH}" data-revision="2026-01" data-categories="analytics functional" data-lang="kk"`), frames());
  await placeholder(page, 'youtube').waitFor();
  expect(await placeholder(page, 'youtube').getAttribute('lang')).toBe('kk');
  const events: string[] = [];
  await page.exposeFunction('languageHeard', (lang: string) => events.push(lang));
  await page.evaluate(() => addEventListener('kelisim:language', (e) => (window as unknown as { languageHeard(l: string): void }).languageHeard((e as CustomEvent<{ lang: string }>).detail.lang)));
  await placeholder(page, 'youtube').locator('[data-kelisim="open-settings"]').focus();
  await page.locator('#kelisim .panel .langs button[lang="ru"]').click();
  await page.waitForFunction(() => document.querySelector('[data-kelisim-embed="youtube"]')?.getAttribute('lang') === 'ru');
  expect(await placeholder(page, 'youtube').textContent()).toContain('нужно согласие');
  expect(await placeholder(page, 'google-maps').getAttribute('lang')).toBe('ru');
  expect(await placeholder(page, 'youtube').count()).toBe(1);
  expect(events).toEqual(['ru']);
  // Back to Kazakh from the keyboard focus on the placeholder: its "settings" button keeps it.
  await placeholder(page, 'youtube').locator('[data-kelisim="open-settings"]').focus();
  await page.evaluate(() => (window as unknown as { Kelisim: { setLang(l: string): void } }).Kelisim.setLang('kk'));
  await page.waitForFunction(() => document.querySelector('[data-kelisim-embed="youtube"]')?.getAttribute('lang') === 'kk');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kelisim)).toBe('open-settings');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-kelisim-embed]')?.getAttribute('data-kelisim-embed'))).toBe('youtube');
});
