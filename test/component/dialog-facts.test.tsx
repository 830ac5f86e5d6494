// How the dialog shows a policy's facts (issue 14, points 2, 3 and 6), with the sample shop
// policy, which uses every field of format 2.
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../src/core/policy-types';
import { foldPoint } from '../../src/ui/fold';
import sebet from '../../demo/policies/sebet.json';
import { cleanUp, mountWidget } from './widget-harness';

afterEach(cleanUp);

const NEWSLETTER = sebet.purposes.find((p) => p.id === 'newsletter')!.title.en;
const COOKIE_ID = sebet.dataCategories.find((d) => d.id === 'cookie-id')!.title.en;
const DEVICE_ID = sebet.dataCategories.find((d) => d.id === 'device-id')!.title.en;
const sample = () => structuredClone(sebet) as unknown as Policy;

/** The dialog open on `policy` in `lang`. */
function openDialog(lang: 'kk' | 'ru' | 'en' = 'en', policy = sample()): ShadowRoot {
  const { root } = mountWidget({ lang }, policy);
  fireEvent.click(root.querySelector('.panel [data-kelisim="open-settings"]')!);
  return root;
}

/** The dialog's section whose heading is `title`. */
const section = (root: ShadowRoot, title: string) =>
  [...root.querySelectorAll<HTMLElement>('.dialog section')].find((s) => s.querySelector('h3')?.textContent === title);

/** The details of the category switched by `id`. */
const details = (root: ShadowRoot, id: string) => root.querySelector(`[data-kelisim-category="${id}"]`)!.closest('.cat')!.querySelector('details')!;

describe('data as lists (point 2)', () => {
  test("a purpose's data categories are a list, one item each", () => {
    const root = openDialog();
    const purpose = [...details(root, 'analytics').querySelectorAll('.purposes > li')].find((li) => li.textContent?.startsWith('Visit statistics'))!;
    expect([...purpose.querySelectorAll('ul.chips > li')].map((li) => li.textContent)).toEqual(['IP address', COOKIE_ID, DEVICE_ID]);
    expect(purpose.textContent).not.toMatch(/IP address, /);
  });

  test('"Data we process" names each data category once, with the purposes it serves', () => {
    const root = openDialog();
    const table = section(root, 'Data we process')!.querySelector('table')!;
    expect(table.getAttribute('aria-labelledby')).toBe('kelisim-data-table');
    const rows = [...table.querySelectorAll('tbody tr')];
    const titles = rows.map((row) => row.querySelector('td')!.textContent);
    expect(new Set(titles).size).toBe(titles.length);
    const ip = rows.find((row) => row.querySelector('td')!.textContent === 'IP address')!;
    // Security, visit statistics and advertising: three purposes, one row.
    expect([...ip.querySelectorAll('li')].length).toBe(3);
    const stats = rows.find((row) => row.querySelector('td')!.textContent?.startsWith('Aggregated sales statistics'));
    expect(stats?.querySelector('.tag')?.textContent).toBe('not personal');
  });

  test('a long text shows its first sentence and folds the rest behind a native "More"', () => {
    const policy = sample();
    policy.crossBorder.en = 'Data go abroad only with your consent, through the services named above. ' + 'Each provider is bound by its own terms and by the law of its country. '.repeat(4);
    const root = openDialog('en', policy);
    const fold = section(root, 'Cross-border transfer')!.querySelector('.fold')!;
    expect(fold.querySelector('p')!.textContent).toBe('Data go abroad only with your consent, through the services named above.');
    const more = fold.querySelector('details')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('More');
    expect(more.textContent).toContain('Each provider is bound');
  });

  test('a short text, or one without a sentence to fold at, stays whole', () => {
    expect(foldPoint('Short.')).toBe(-1);
    expect(foldPoint('x'.repeat(400))).toBe(-1);
    const long = 'A first sentence that is surely long enough. ' + 'More words follow here. '.repeat(10);
    expect(foldPoint(long)).toBe(long.indexOf('.') + 1);
  });
});

describe('tables and labels (point 3)', () => {
  test('cookie names may wrap after _ - . only: <wbr> there, the name itself unchanged', () => {
    const root = openDialog();
    const code = [...details(root, 'marketing').querySelectorAll('td code')].find((c) => c.textContent === '_gcl_au')!;
    expect(code.innerHTML).toBe('_<wbr>gcl_<wbr>au');
  });

  test('every cell carries its column label, for the stacked rows of a narrow screen', () => {
    const root = openDialog('kk');
    const cells = [...details(root, 'analytics').querySelectorAll('.kelisim-cookies td')];
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells.map((td) => td.getAttribute('data-label')))).toEqual(new Set(['Атауы', 'Қолданылу мерзімі', 'Мақсаты', 'Түрі', 'Сервис']));
  });
});

describe('format 2 fields in the dialog (point 6)', () => {
  test('consents given elsewhere have their own section with where and how to withdraw, not under necessary', () => {
    const root = openDialog();
    const elsewhere = section(root, 'Consent given elsewhere')!;
    expect(elsewhere.textContent).toContain(NEWSLETTER);
    expect(elsewhere.querySelectorAll('dt').length).toBeGreaterThanOrEqual(2);
    expect(elsewhere.textContent).toContain('Where it is given');
    expect(elsewhere.textContent).toContain('How to withdraw it');
    expect(details(root, 'necessary').textContent).not.toContain(NEWSLETTER);
  });

  test('retention ceilings: "up to" and a rule with its maximum', () => {
    const root = openDialog();
    expect(details(root, 'analytics').textContent).toContain('Retention period: up to 1 year');
    expect(details(root, 'necessary').textContent).toContain('As long as your account exists, but no longer than 5 years after');
  });

  test('technologies: pixels, storage keys and SDKs, with kind and service', () => {
    const root = openDialog();
    const marketing = [...details(root, 'marketing').querySelectorAll('table')].find((t) => t.caption?.textContent === 'Other technologies')!;
    expect(marketing.querySelector('tbody')!.textContent).toContain('pixel (web beacon)');
    expect(details(root, 'analytics').textContent).toMatch(/_ym_\*localStorage keyYandex Metrica/);
    expect(details(root, 'analytics').textContent).toContain('AppMetrica SDK');
  });

  test("a third-party cookie's domain is shown in its own column", () => {
    const root = openDialog();
    const table = [...details(root, 'marketing').querySelectorAll('table')].find((t) => t.textContent?.includes('IDE'))!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toContain('Domain');
    expect(table.textContent).toContain('.doubleclick.net');
  });

  test('recipients with their scope; properties; special categories; the change clause; revision and date', () => {
    const root = openDialog();
    expect(section(root, 'Recipients of data')!.textContent).toContain('only on a lawful request of a state body');
    const properties = section(root, 'Sites and apps this policy covers')!;
    expect([...properties.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['sebet.example (website)', 'Sebet (Android) (mobile app)', 'Sebet (iOS) (mobile app)']);
    expect(properties.querySelector('a')!.getAttribute('href')).toBe('https://sebet.example');
    expect(section(root, 'Special categories of personal data')!.textContent).toContain('We do not process');
    expect(section(root, 'Changes to this policy')!.textContent).toContain('We may change this policy');
    expect(root.querySelector('.dialog .revision')!.textContent).toBe('Revision: 2026-03, in effect since March 1, 2026');
  });

  test('the same in Kazakh', () => {
    const root = openDialog('kk');
    expect(section(root, 'Басқа жерде берілетін келісім')).toBeDefined();
    expect(section(root, 'Өңделетін деректер')).toBeDefined();
    expect(root.querySelector('.dialog .revision')!.textContent).toBe('Редакция: 2026-03, күшіне енген күні: 2026 ж. 1 наурыз');
  });
});
