// The policy preview site (demo/), built with vite.demo.config.ts and driven in real Chromium:
// the preview is the real dist/ widget in an iframe, so these tests read its shadow root.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Policy } from '../../src/core/policy-types';
import { frameLoads, openDemo as open, pickSample, previewFrame, SAMPLES, samplePolicy, startDemoSite, textOf, type DemoSite } from './support/demo-site';
import { ROOT, type TestServer } from './support/server';

const LANGS = ['kk', 'ru', 'en'] as const;
const hasChoice = (policy: Policy) => policy.categories.some((c) => c.id !== 'necessary');
const locale = (lang: string) => JSON.parse(readFileSync(`${ROOT}locales/${lang}.json`, 'utf8')) as Record<string, string>;
/** A sample that asks for consent, for the tests that click "accept all". */
const CHOICE_SAMPLE = SAMPLES.find((id) => hasChoice(samplePolicy(id)));

let site: DemoSite;
let server: TestServer;

beforeAll(async () => {
  site = await startDemoSite();
  server = site.server;
});

afterAll(async () => {
  await site?.close();
});

const newPage = (): Promise<Page> => site.newPage();
const openDemo = (requests: string[] = []) => open(site, requests);

describe('the preview site', () => {
  test('its interface is in Kazakh by default, in Russian and English on request, and it asks nothing of the internet', async () => {
    const requests: string[] = [];
    const { page } = await openDemo(requests);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.textContent('h1')).toContain('алдын ала қарау');
    await page.selectOption('#ui-lang', 'ru');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.textContent('h1')).toContain('предпросмотр');
    await page.selectOption('#ui-lang', 'en');
    expect(await page.textContent('#reset')).toBe('Reset decision');
    // Everything the site loads has come: the preview's widget (loader, UI bundle, policy) is drawn.
    await page.waitForLoadState('load');
    await page.frameLocator('#frame').locator('#kelisim [data-kelisim]').first().waitFor({ state: 'visible' });
    const external = requests.filter((url) => !url.startsWith(server.origin) && !/^(data|blob):/.test(url));
    expect(external).toEqual([]);
  });

  test('axe finds no accessibility violations on the site, in light and dark schemes', async () => {
    const axe = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openDemo();
      await page.emulateMedia({ colorScheme });
      await page.addScriptTag({ content: axe });
      // The widget inside the iframe has its own accessibility tests.
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }).axe.run({ exclude: [['#frame']] });
        return result.violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });

  test('a JSON file can be uploaded into the editor', async () => {
    const { page } = await openDemo();
    const text = readFileSync(`${ROOT}demo/policies/${SAMPLES[0]}.json`);
    await page.setInputFiles('#upload', { name: 'my-policy.json', mimeType: 'application/json', buffer: text });
    await expect.poll(() => page.inputValue('#editor')).toBe(text.toString());
    expect(await page.inputValue('#sample')).toBe('');
    await expect.poll(() => page.locator('#problems').getAttribute('data-state')).toBe('valid');
  });

  test('the mobile toggle makes the preview 360 px wide', async () => {
    const { page } = await openDemo();
    await page.check('input[name="mobile"]');
    await expect.poll(() => previewFrame(page).evaluate(() => innerWidth)).toBe(360);
  });
});

describe.each(SAMPLES)('sample policy %s', (id) => {
  test('loads without validation problems and renders in kk, ru and en', async () => {
    const { page, frame } = await openDemo();
    await pickSample(page, id);
    expect(await page.locator('#problems [data-level="error"]').count()).toBe(0);
    const action = hasChoice(samplePolicy(id)) ? ['accept-all', 'acceptAll'] : ['acknowledge', 'ack'];
    for (const lang of LANGS) {
      await page.check(`input[name="lang"][value="${lang}"]`);
      const button = frame.locator(`#kelisim [data-kelisim="${action[0]}"]`);
      await expect.poll(() => textOf(button), { timeout: 10_000 }).toBe(locale(lang)[action[1]!]);
      expect(await frame.locator('#kelisim .k').getAttribute('lang')).toBe(lang);
      expect(await button.isVisible()).toBe(true);
    }
  });
});

describe('editing the policy', () => {
  test('an invalid policy lists its problems by path and the preview keeps the last valid one', async () => {
    const { page, frame } = await openDemo();
    await pickSample(page, SAMPLES[0]!);
    const panel = frame.locator('#kelisim .panel');
    await expect.poll(() => textOf(panel)).not.toBeNull();
    const shown = await panel.textContent();
    await previewFrame(page).evaluate(() => ((window as Window & { marker?: number }).marker = 1));
    const loads = await frameLoads(page);

    const policy = JSON.parse(await page.inputValue('#editor')) as Policy;
    await page.fill('#editor', JSON.stringify({ ...policy, operator: { ...policy.operator, bin: '123' } }, null, 2));
    await expect.poll(() => page.locator('#problems .path').allTextContents()).toContain('$.operator.bin');
    expect(await page.locator('#problems').getAttribute('data-state')).toBe('problems');

    await page.fill('#editor', '{ "operator": ');
    await expect.poll(() => page.locator('#problems').getAttribute('data-state')).toBe('syntax');
    expect(await page.locator('#problems .message').textContent()).toMatch(/1.*15/);

    // The debounced check has run (it drew the syntax problem just now, in the same step that would
    // have reloaded the preview): the preview was never reloaded and still shows the same banner.
    expect(await frameLoads(page)).toBe(loads);
    expect(await previewFrame(page).evaluate(() => (window as Window & { marker?: number }).marker)).toBe(1);
    expect(await panel.textContent()).toBe(shown);

    // Valid again: the preview follows at once.
    const summary = { kk: 'Сынақ мәтіні.', ru: 'Тестовый текст.', en: 'A test text.' };
    await page.fill('#editor', JSON.stringify({ ...policy, summary }, null, 2));
    await expect.poll(() => textOf(panel), { timeout: 10_000 }).toContain('Сынақ мәтіні.');
  });
});

describe.skipIf(!CHOICE_SAMPLE)('the event log', () => {
  test('records an accept, the signals it causes, a reset and a returning visit', async () => {
    const { page, frame } = await openDemo();
    await pickSample(page, CHOICE_SAMPLE!);
    const log = page.locator('#log');
    await expect.poll(() => log.locator('[data-kind="ready"]').count()).toBeGreaterThan(0);
    await frame.locator('#kelisim [data-kelisim="accept-all"]').click();

    const decision = log.locator('[data-kind="consent"]');
    await expect.poll(() => decision.count()).toBe(1);
    expect(await decision.locator('.what').textContent()).toContain('accept-all');
    expect(await decision.locator('time').textContent()).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);
    await expect.poll(() => log.locator('[data-kind="cookie-set"] .what').allTextContents()).toContainEqual(expect.stringMatching(/^kelisim = /));
    await expect.poll(() => log.locator('[data-kind="consent-mode"] .what').allTextContents()).toContainEqual(expect.stringContaining('"analytics_storage":"granted"'));
    await expect.poll(() => log.locator('[data-kind="script"] .what').allTextContents()).toContainEqual(expect.stringMatching(/^analytics: /));

    // Returning visitor: no banner, the stored decision is reported as ready.
    await page.click('#returning');
    await expect.poll(() => log.locator('[data-kind="ready"]').last().textContent()).toContain('analytics');
    expect(await frame.locator('#kelisim [data-kelisim="accept-all"]').count()).toBe(0);

    // Reset: the decision cookie goes, and the banner is back.
    await page.click('#reset');
    await expect.poll(() => log.locator('[data-kind="cookie-deleted"] .what').allTextContents()).toContain('kelisim');
    await expect.poll(() => textOf(frame.locator('#kelisim [data-kelisim="accept-all"]')), { timeout: 10_000 }).not.toBeNull();
  });
});

describe('get the code', () => {
  test('the generated snippet, pasted into a blank page, reproduces the preview', async () => {
    const { page, frame } = await openDemo();
    const id = CHOICE_SAMPLE ?? SAMPLES[0]!;
    await pickSample(page, id);
    await page.check('input[name="lang"][value="ru"]');
    await page.check('input[name="layout"][value="box"]');
    await page.check('input[name="theme"][value="dark"]');
    await page.check('input[name="accent-on"]');
    await page.fill('input[name="accent"]', '#7a1f5c');
    // The site hosts the loader itself: this test server serves the repository's dist/.
    await page.fill('#script-url', '/dist/kelisim.js');
    await page.fill('#policy-url', '/kelisim-policy.json');
    // The tag says the language only when asked: the blank page below has no <html lang>.
    await page.check('#fix-lang');

    const panel = frame.locator('#kelisim .panel');
    const colour = (button: Locator) => button.evaluate((el) => getComputedStyle(el).backgroundColor, null, { timeout: 500 });
    const accent = 'rgb(122, 31, 92)';
    await expect.poll(() => page.textContent('#code-script')).toContain('--kelisim-accent: #7a1f5c');
    await expect.poll(() => colour(frame.locator('#kelisim button').last()).catch(() => null), { timeout: 10_000 }).toBe(accent);
    expect(await frame.locator('#kelisim .k').getAttribute('class')).toContain('dark');
    expect(await frame.locator('#kelisim .k').getAttribute('lang')).toBe('ru');
    const tag = (await page.textContent('#code-script'))!;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.click('[data-copy="code-script"]');
    await expect.poll(() => page.textContent('#copy-status')).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tag);
    expect(tag).toContain('data-revision="' + samplePolicy(id).revision + '"');
    expect(tag).toContain('data-lang="ru"');
    await page.check('input[name="platform"][value="npm"]');
    expect(await page.textContent('#code-npm')).toContain("import { createConsent, mount");
    await page.check('input[name="platform"][value="html"]');

    server.page('/kelisim-policy.json', (await page.textContent('#code-policy'))!, { 'content-type': 'application/json' });
    server.page('/blank.html', `<!doctype html><html><head><meta charset="utf-8">${tag}</head><body></body></html>`);
    const blank = await newPage();
    await blank.goto(`${server.origin}/blank.html`);
    const blankPanel = blank.locator('#kelisim .panel');
    await blankPanel.waitFor();

    expect(await blankPanel.textContent()).toBe(await panel.textContent());
    expect(await blankPanel.getAttribute('class')).toBe(await panel.getAttribute('class'));
    expect(await blank.locator('#kelisim .k').getAttribute('lang')).toBe('ru');
    expect(await blank.locator('#kelisim .k').getAttribute('class')).toBe(await frame.locator('#kelisim .k').getAttribute('class'));
    expect(await colour(blank.locator('#kelisim button').last())).toBe(accent);
  });
});
