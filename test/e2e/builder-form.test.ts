// The policy builder (demo/src/builder/) in real Chromium: a policy made from a blank start
// through the form only, in each interface language, validates, previews and is the JSON view;
// a problem's path takes the focus to its field; the draft survives a reload.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SERVICES } from '../../src/catalogue/services';
import type { Lang, Policy } from '../../src/core/policy-types';
import { validatePolicy } from '../../src/core/validate-policy';
import { openDemo, startDemoSite, textOf, type DemoSite } from './support/demo-site';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(async () => {
  await site?.close();
});

/** The form's field at a JSON path. */
const field = (page: Page, path: string) => page.locator(`[data-builder] [data-path="${path}"]`);
const texts = async (page: Page, path: string, value: { kk: string; ru: string; en: string }) => {
  for (const lang of ['kk', 'ru', 'en'] as const) await field(page, `${path}.${lang}`).fill(value[lang]);
};
const state = (page: Page) => page.locator('#problems').getAttribute('data-state');

/** Open the site on a blank policy ("start over", confirmed) in interface language `lang`. */
async function blankStart(lang: Lang) {
  const opened = await openDemo(site);
  opened.page.on('dialog', (dialog) => void dialog.accept());
  await opened.page.selectOption('#ui-lang', lang);
  await opened.page.click('[data-action="start-over"]');
  await expect.poll(() => state(opened.page)).toBe('problems');
  return opened;
}

const OPERATOR = {
  name: { kk: '«Дала Маркет» ЖШС', ru: 'ТОО «Дала Маркет»', en: 'Dala Market LLP' },
  address: { kk: 'Алматы қ., Абай даңғылы, 1', ru: 'г. Алматы, пр. Абая, 1', en: '1 Abai Ave., Almaty' },
};
const IP = { kk: 'IP-мекенжай', ru: 'IP-адрес', en: 'IP address' };
const STATS = { kk: 'Сайтқа келу статистикасы', ru: 'Статистика посещений сайта', en: 'Site visit statistics' };
const METRICA = SERVICES.find((s) => s.id === 'yandex-metrica')!;

describe.each(['kk', 'ru', 'en'] as const)('a policy built through the form, interface in %s', (lang) => {
  test('validates, previews, is the JSON view and survives a reload', async () => {
    const { page, frame } = await blankStart(lang);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);

    // Operator, with the BIN checked as it is typed.
    await texts(page, '$.operator.name', OPERATOR.name);
    await field(page, '$.operator.bin').fill('190340014829');
    await page.locator('[data-bin-check="bad"]').waitFor();
    await field(page, '$.operator.bin').fill('190340014828');
    await page.locator('[data-bin-check="ok"]').waitFor();
    await texts(page, '$.operator.address', OPERATOR.address);
    await field(page, '$.operator.email').fill('privacy@dala.kz');
    await field(page, '$.operator.policyUrl').fill('https://dala.kz/privacy');

    // A catalogue service: Yandex Metrica lands in a new "analytics" category, filled in.
    await page.selectOption('[data-builder] [data-catalogue]', 'yandex-metrica');
    await page.click('[data-builder] [data-action="add-catalogue-service"]');
    await expect.poll(() => field(page, '$.categories[1].services[0].name').inputValue()).toBe('Yandex Metrica');

    // A data category and a purpose that uses it, on consent, in the analytics category.
    await page.click('[data-builder] [data-add="$.dataCategories"]');
    await field(page, '$.dataCategories[0].id').fill('ip-address');
    await texts(page, '$.dataCategories[0].title', IP);
    await page.click('[data-builder] [data-add="$.purposes"]');
    await field(page, '$.purposes[0].id').fill('statistics');
    await texts(page, '$.purposes[0].title', STATS);
    await page.check('[data-builder] [data-data-id="ip-address"]');
    await page.selectOption('[data-builder] [data-path="$.purposes[0].category"]', 'analytics');
    await page.selectOption('[data-builder] [data-path="$.purposes[0].retention"]', 'period');
    await field(page, '$.purposes[0].retention.amount').fill('2');

    await expect.poll(() => state(page), { timeout: 10_000 }).toBe('valid');
    const json = JSON.parse(await page.inputValue('#editor')) as Policy;
    expect(validatePolicy(json).filter((p) => p.level === 'error')).toEqual([]);
    expect(json.operator).toEqual({ ...OPERATOR, bin: '190340014828', email: 'privacy@dala.kz', policyUrl: 'https://dala.kz/privacy' });
    expect(json.dataCategories).toEqual([{ id: 'ip-address', title: IP }]);
    expect(json.purposes).toEqual([
      { id: 'statistics', title: STATS, data: ['ip-address'], ground: 'consent', category: 'analytics', retention: { amount: 2, unit: 'year' } },
    ]);
    const metrica = json.categories[1]!;
    expect(metrica.id).toBe('analytics');
    expect(metrica.services[0]).toMatchObject({ id: 'yandex-metrica', provider: METRICA.provider, country: METRICA.country });
    expect(metrica.services[0]!.cookies.map((c) => c.name)).toEqual(METRICA.cookies.map((c) => c.name));
    // The Kazakh defaults came with the blank start.
    expect(json.rights.length).toBeGreaterThan(2);
    expect(json.authority.url).toBe('https://eotinish.kz');

    // The preview shows this policy: its banner offers the choice, in the banner's language.
    await page.check(`input[name="lang"][value="${lang}"]`);
    const panel = frame.locator('#kelisim .panel');
    // (the automatic summary names the purpose in lower case inside its sentence)
    await expect.poll(async () => ((await textOf(panel)) ?? "").toLowerCase(), { timeout: 10_000 }).toContain(STATS[lang].toLowerCase());
    await frame.locator('#kelisim [data-kelisim="accept-all"]').waitFor();

    // A reload keeps the draft, in the JSON view and in the form.
    const text = await page.inputValue('#editor');
    await page.reload();
    await page.locator('#problems[data-state="valid"]').waitFor();
    expect(await page.inputValue('#editor')).toBe(text);
    expect(await field(page, '$.operator.bin').inputValue()).toBe('190340014828');
    expect(await field(page, `$.purposes[0].title.${lang}`).inputValue()).toBe(STATS[lang]);
  });
});

describe('problems', () => {
  test('are listed in the interface language, and a click focuses and marks their field', async () => {
    const { page } = await blankStart('ru');
    const bin = page.locator('#problems button.path', { hasText: /^\$\.operator\.bin$/ });
    // The Russian locale's message, not the English one.
    await expect.poll(() => bin.locator('xpath=..').locator('.message').textContent()).toMatch(/[а-я]/);
    await bin.click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe('$.operator.bin');
    expect(await field(page, '$.operator.bin').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, '$.operator.bin').getAttribute('data-focused')).toBe('');

    // An empty list's problem takes the focus to its "add" button.
    await page.click('#problems button.path:text-is("$.dataCategories")');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.add)).toBe('$.dataCategories');

    // Fixed in the form: the problem goes, and the field is no longer marked.
    await field(page, '$.operator.bin').fill('190340014828');
    await expect.poll(() => page.locator('#problems button.path:text-is("$.operator.bin")').count()).toBe(0);
    expect(await field(page, '$.operator.bin').getAttribute('aria-invalid')).toBeNull();
  });

  test('a sample start fills the form, and the JSON view edits it too', async () => {
    const { page } = await openDemo(site);
    await page.selectOption('#sample', 'qoldau');
    await page.locator('#problems[data-state="valid"]').waitFor();
    const policy = JSON.parse(await page.inputValue('#editor')) as Policy;
    expect(await field(page, '$.operator.name.kk').inputValue()).toBe(policy.operator.name.kk);
    await page.fill('#editor', JSON.stringify({ ...policy, operator: { ...policy.operator, bin: '123' } }, null, 2));
    await expect.poll(() => field(page, '$.operator.bin').inputValue()).toBe('123');
    await expect.poll(() => field(page, '$.operator.bin').getAttribute('aria-invalid')).toBe('true');

    // The draft downloads as a policy file, exactly as the JSON view has it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-policy"]')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(await page.inputValue('#editor'));
  });
});

describe('the "Policy page" tab', () => {
  test("shows the draft's privacy-policy page, in the banner's language, beside the banner preview", async () => {
    const { page } = await openDemo(site);
    await page.selectOption('#sample', 'qoldau');
    await page.locator('#problems[data-state="valid"]').waitFor();
    const policy = JSON.parse(await page.inputValue('#editor')) as Policy;
    await page.click('#tab-page');
    expect(await page.getAttribute('#tab-page', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#frame')).toBe(false);
    const pageFrame = page.frameLocator('#page-frame');
    await expect.poll(() => textOf(pageFrame.locator('body'))).toContain(policy.operator.name.kk);
    expect(await pageFrame.locator('html').getAttribute('lang')).toBe('kk');

    // Another banner language: the page follows.
    await page.check('input[name="lang"][value="ru"]');
    await expect.poll(() => pageFrame.locator('html').getAttribute('lang')).toBe('ru');
    expect(await pageFrame.locator('body').textContent()).toContain(policy.operator.name.ru);

    // An edit in the form reaches the page once the draft is valid again.
    await field(page, '$.operator.name.ru').fill('ТОО «Проверка страницы»');
    await expect.poll(() => textOf(pageFrame.locator('body')), { timeout: 10_000 }).toContain('ТОО «Проверка страницы»');

    // Back to the banner.
    await page.click('#tab-banner');
    expect(await page.isVisible('#frame')).toBe(true);
  });
});

describe('optional parts of the policy', () => {
  test('an upcoming change, a recipient with its scope and the banner summary, through the form', async () => {
    const { page, frame } = await openDemo(site);
    await page.selectOption('#sample', 'estimation');
    await page.locator('#problems[data-state="valid"]').waitFor();
    const summary = { kk: 'Біз деректерді тек келісіміңізбен өңдейміз.', ru: 'Мы обрабатываем данные только с вашего согласия.', en: 'We process data only with your consent.' };
    await texts(page, '$.summary', summary);
    await page.click('[data-builder] [data-add="$.upcoming"]');
    await field(page, '$.upcoming.revision').fill('2027-01');
    await field(page, '$.upcoming.date').fill('2027-01-01');
    await texts(page, '$.upcoming.summary', { kk: 'Жаңа мақсат қосылады.', ru: 'Добавится новая цель.', en: 'A new purpose is added.' });
    await page.click('[data-builder] [data-add="$.recipients[0].scope"]');
    await texts(page, '$.recipients[0].scope', { kk: 'сұрау салу бойынша ғана', ru: 'только по запросу', en: 'only on request' });

    await expect.poll(() => state(page), { timeout: 10_000 }).toBe('valid');
    const json = JSON.parse(await page.inputValue('#editor')) as Policy;
    expect(json.summary).toEqual(summary);
    expect(json.upcoming).toEqual({ revision: '2027-01', date: '2027-01-01', summary: { kk: 'Жаңа мақсат қосылады.', ru: 'Добавится новая цель.', en: 'A new purpose is added.' } });
    expect(json.recipients![0]!.scope).toEqual({ kk: 'сұрау салу бойынша ғана', ru: 'только по запросу', en: 'only on request' });
    await expect.poll(() => textOf(frame.locator('#kelisim .panel')), { timeout: 10_000 }).toContain(summary.kk);
  });
});
