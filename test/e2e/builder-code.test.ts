// "Get the code" in real Chromium: the tag per platform (Tilda inline, self-hosted by default,
// the CDN as an option), the footer link, and the counter-code converter on the snippets Yandex
// Metrica, Google (GA4) and Meta publish (test/fixtures/counters/), whose gated output runs only
// after consent on a real page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo, pickSample, startDemoSite, type DemoSite } from './support/demo-site';
import { ROOT } from './support/server';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => {
  await site?.close();
});

const code = (page: Page) => page.textContent('#code-script') as Promise<string>;
const steps = (page: Page) => page.locator('#code-steps li').allTextContents();
const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/counters/${name}.html`, 'utf8');

describe('the tag per platform', () => {
  test('self-hosted by default, one policy file per language, with revision and categories, no data-lang, Consent Mode only with a Google service', async () => {
    const { page } = await openDemo(site);
    await page.selectOption('#ui-lang', 'ru');
    await pickSample(page, 'sebet');
    let tag = await code(page);
    expect(tag).toContain('src="/kelisim/kelisim.js"');
    expect(tag).toContain('data-policy="/kelisim/policy.{lang}.json"');
    expect(tag).toMatch(/data-revision="[^"]+"/);
    expect(tag).toContain('data-categories="analytics marketing"');
    expect(tag).not.toContain('data-lang');
    expect(tag).toContain('data-google-consent-mode');
    expect((await steps(page)).join(' ')).toMatch(/Загрузите файлы/);

    // No Google service in the policy: no Consent Mode.
    await pickSample(page, 'qoldau');
    expect(await code(page)).not.toContain('data-google-consent-mode');

    // Asked for: the language; one file for all languages; the CDN (labelled as not published yet).
    await page.check('#fix-lang');
    await page.uncheck('#per-language');
    await page.check('input[name="source"][value="cdn"]');
    tag = await code(page);
    expect(tag).toContain('data-lang="kk"');
    expect(tag).toContain('data-policy="/kelisim/policy.json"');
    expect(tag).toMatch(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/kelisim@[\d.]+\/dist\/kelisim\.js"/);
    expect(await page.locator('input[name="source"][value="cdn"] + span').textContent()).toMatch(/после публикации/);
  });

  test.each([
    ['tilda', /HTML-код для вставки внутрь HEAD/],
    ['wordpress', /header\.php/],
    ['bitrix', /ShowHead/],
    ['html', /<head>/],
    ['npm', /npm install kelisim/],
  ] as const)('%s has its steps in the interface language', async (platform, step) => {
    const { page } = await openDemo(site);
    await page.selectOption('#ui-lang', 'kk');
    await pickSample(page, 'sebet');
    await page.check(`input[name="platform"][value="${platform}"]`);
    const list = await steps(page);
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.join(' ')).toMatch(step);
    if (platform !== 'npm') expect(list.join(' ')).toMatch(/[әіңғүұқөһ]/);
    if (platform === 'tilda') {
      // Tilda cannot host a JSON file: the policy is inline, and the tag has no data-policy.
      const tag = await code(page);
      expect(tag).toMatch(/^<script type="application\/json" id="kelisim-policy">\{/);
      expect(tag).not.toContain('data-policy');
      expect(tag).not.toMatch(/<\/script>[\s\S]*<\/script>[\s\S]*<\/script>/);
      expect(await page.isVisible('#policy-url')).toBe(false);
    }
    if (platform === 'npm') expect(await page.textContent('#code-npm')).toContain("from 'kelisim'");
  });

  test('the footer link opens the settings, in kk, ru and en', async () => {
    const { page } = await openDemo(site);
    const footer = (await page.textContent('#code-footer'))!;
    for (const label of ['Cookie баптаулары', 'Настройки cookie', 'Cookie settings']) expect(footer).toContain(`<a href="#" data-kelisim="open-settings">${label}</a>`);
  });
});

/** The global each provider's snippet defines when it runs. */
const COUNTERS = [
  { name: 'yandex-metrica', global: 'ym', category: 'analytics', noscript: 'mc.yandex.ru', integration: 'data-yandex-metrica="98765432"' },
  { name: 'ga4', global: 'gtag', category: 'analytics', noscript: undefined, integration: 'data-google-analytics="G-KZ12345678"' },
  { name: 'meta-pixel', global: 'fbq', category: 'marketing', noscript: 'www.facebook.com', integration: undefined },
] as const;

describe.each(COUNTERS)('the counter-code converter on the published $name snippet', (counter) => {
  test('gates every script, removes the <noscript> pixel with a note, and runs only after consent', async () => {
    const { page } = await openDemo(site);
    await page.selectOption('#ui-lang', 'en');
    await pickSample(page, 'sebet');
    await page.fill('#counter-input', fixture(counter.name));
    await expect.poll(() => page.textContent('#code-counter')).not.toBe('');
    const gated = (await page.textContent('#code-counter'))!;
    const scripts = gated.match(/<script\b[^>]*>/g)!;
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`type="text/plain" data-consent="${counter.category}"`);
    expect(gated).not.toContain('<noscript');
    const notes = await page.locator('#counter-notes li').evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.note}: ${li.textContent}`));
    if (counter.noscript) expect(notes).toContainEqual(expect.stringMatching(new RegExp(`^noscript: .*${counter.noscript.replace(/\./g, '\\.')}.*without JavaScript`)));
    else expect(notes.filter((n) => n.startsWith('noscript'))).toEqual([]);
    if (counter.integration) expect(notes.join('\n')).toContain(counter.integration);
    // The comments the providers put around their code stay.
    expect(gated).toMatch(/^<!--/);

    // On a page with the tag (the repository's dist/), the gated code waits for consent.
    await page.fill('#script-url', '/dist/kelisim.js');
    await page.fill('#policy-url', `/counter-${counter.name}.json`);
    site.server.page(`/counter-${counter.name}.json`, (await page.textContent('#code-policy'))!, { 'content-type': 'application/json' });
    site.server.page(`/counter-${counter.name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">${await code(page)}\n${gated}</head><body></body></html>`);
    const visitor = await site.newPage();
    await visitor.goto(`${site.server.origin}/counter-${counter.name}.html`);
    // The banner is drawn (after the page and its gated scripts were parsed): the counter has not run.
    const accept = visitor.locator('#kelisim [data-kelisim="accept-all"]');
    await accept.waitFor();
    expect(await visitor.evaluate((name) => typeof (window as unknown as Record<string, unknown>)[name], counter.global)).toBe('undefined');
    await accept.click();
    await visitor.waitForFunction((name) => typeof (window as unknown as Record<string, unknown>)[name] === 'function', counter.global);
  });
});
