import { afterEach, describe, expect, test, vi } from 'vitest';
import digitalkazakhstan from '../../demo/policies/digitalkazakhstan.json';
import estimation from '../../demo/policies/estimation.json';
import qoldau from '../../demo/policies/qoldau.json';
import sebet from '../../demo/policies/sebet.json';
import wadjet from '../../demo/policies/wadjet.json';
import kkLocale from '../../locales/kk.json';
import ruLocale from '../../locales/ru.json';
import type { ConsentChange, ConsentDecision } from '../../src/core/consent-types';
import { PolicyError } from '../../src/core/policy-error';
import { LANGS, type Lang, type Policy } from '../../src/core/policy-types';
import { mountPolicyPage } from '../../src/policy-page/mount-policy-page';
import { renderPolicyPageHtml } from '../../src/policy-page/render-html';

const SAMPLES = { digitalkazakhstan, estimation, qoldau, sebet, wadjet } as unknown as Record<string, Policy>;
const CASES = Object.keys(SAMPLES).flatMap((name) => LANGS.map((lang) => [name, lang] as [string, Lang]));
const copy = (name: string): Policy => structuredClone(SAMPLES[name]!);
const href = (lang: Lang) => `privacy.${lang}.html`;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The page of `policy` rendered in the browser (jsdom), in a fresh element. */
function mounted(policy: Policy, lang: Lang, options: Parameters<typeof mountPolicyPage>[2] = {}): HTMLElement {
  const element = document.body.appendChild(document.createElement('div'));
  mountPolicyPage(element, policy, { lang, ...options });
  return element;
}

/** The sections the notice must have for this policy, in order: each one present exactly when its field is. */
function expectedSections(policy: Policy): string[] {
  const services = policy.categories.flatMap((c) => c.services);
  return [
    'operator',
    'data',
    'purposes',
    ...(services.some((s) => s.cookies.length || s.technologies?.length) ? ['technologies'] : []),
    ...(policy.recipients?.length ? ['recipients'] : []),
    'cross-border',
    'localisation',
    'rights',
    'authority',
    ...(policy.changes || policy.upcoming ? ['changes'] : []),
    ...(policy.revision || policy.effective ? ['revision'] : []),
  ];
}

const sectionIds = (root: HTMLElement) => [...root.querySelectorAll('section[id^="kelisim-policy-"]')].map((s) => s.id.replace('kelisim-policy-', ''));

/** Every section has its number, its heading, a line in the contents, and something under the heading. */
function expectWellFormed(root: HTMLElement, ids: string[]): void {
  expect(sectionIds(root)).toEqual(ids);
  const toc = [...root.querySelectorAll('nav.kelisim-page-toc a')].map((a) => a.getAttribute('href'));
  expect(toc).toEqual(ids.map((id) => `#kelisim-policy-${id}`));
  ids.forEach((id, i) => {
    const section = root.querySelector(`#kelisim-policy-${id}`)!;
    const heading = section.querySelector('h2')!;
    expect(heading.textContent).toMatch(new RegExp(`^${i + 1}\\. \\S`));
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(section.textContent!.replace(heading.textContent!, '').trim(), id).not.toBe('');
  });
  // No heading is left empty-headed: every h3/h4 is followed by content before the next heading.
  for (const h of root.querySelectorAll('h3')) expect(h.nextElementSibling?.tagName, h.textContent!).not.toMatch(/^H[1-3]$/);
}

describe('the policy page of each sample', () => {
  test.each(CASES)('%s in %s: every section its policy has, numbered, in the contents, with an anchor', (name, lang) => {
    const policy = copy(name);
    const root = mounted(policy, lang);
    expect(root.querySelector('.kelisim-page')!.getAttribute('lang')).toBe(lang);
    expect(root.querySelector('h1')!.textContent).toBe({ kk: 'Құпиялылық саясаты', ru: 'Политика конфиденциальности', en: 'Privacy policy' }[lang]);
    expectWellFormed(root, expectedSections(policy));
    const text = root.textContent!;
    expect(text).toContain(policy.operator.bin);
    expect(text).toContain(policy.operator.name[lang]);
    for (const right of policy.rights) expect(text).toContain(right[lang]);
    expect(text).toContain(policy.crossBorder[lang]);
    expect(text).toContain(policy.localisation[lang]);
    expect(text).toContain(policy.authority.name[lang]);
    // The closing line: generated from the operator's policy file, not legal advice.
    expect(root.querySelector('.kelisim-page-generated')!.textContent).toContain('Kelisim');
  });

  test.each(CASES)('%s in %s: the static HTML is the same markup as the browser render', (name, lang) => {
    const policy = copy(name);
    const fromServer = document.createElement('div');
    fromServer.innerHTML = renderPolicyPageHtml(policy, lang, { fragment: true, languages: LANGS });
    const fromClient = mounted(policy, lang, { languages: LANGS, href });
    expect(fromServer.innerHTML).toBe(fromClient.innerHTML);
    expect(fromServer.querySelectorAll('section').length).toBeGreaterThan(6);
  });

  test.each(Object.keys(SAMPLES))('%s in kk is Kazakh: no Russian page text, and nothing marked as another language', (name) => {
    const root = mounted(copy(name), 'kk', { languages: LANGS, href });
    const text = root.textContent!;
    const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
    const kkStrings = new Set(flat(kkLocale.page));
    for (const ru of flat(ruLocale.page).filter((s) => !kkStrings.has(s))) {
      for (const part of ru.split(/{{\w+}}/).filter((p) => p.trim().length > 8)) expect(text).not.toContain(part.trim());
    }
    expect(text).toMatch(/[әғқңөұүһі]/);
    // Only the switcher's links name other languages; every policy text here has its Kazakh.
    const marked = [...root.querySelectorAll('[lang]')].filter((el) => el.getAttribute('lang') !== 'kk' && !el.closest('.kelisim-page-langs'));
    expect(marked.map((el) => el.outerHTML)).toEqual([]);
  });
});

describe('sections and parts absent from the policy are absent from the page', () => {
  test('no recipients, no change clause and no upcoming change, no revision or date, no cookies', () => {
    const policy = copy('digitalkazakhstan');
    delete policy.recipients;
    delete policy.changes;
    delete policy.upcoming;
    delete policy.revision;
    delete policy.effective;
    for (const category of policy.categories) for (const service of category.services) (service.cookies = []), delete service.technologies;
    const root = mounted(policy, 'ru');
    expectWellFormed(root, ['operator', 'data', 'purposes', 'cross-border', 'localisation', 'rights', 'authority']);
    expect(root.textContent).not.toContain('Предстоящее изменение');
  });

  test('an upcoming change alone still gives the changes section, with its date, revision and summary', () => {
    const policy = copy('digitalkazakhstan');
    delete policy.changes;
    const root = mounted(policy, 'en');
    const section = root.querySelector('#kelisim-policy-changes')!;
    expect(section.querySelector('h3')!.textContent).toBe('Upcoming change');
    expect(section.textContent).toContain('From January 1, 2027 revision 2027-01-01 applies: Web-server logs will be kept for 30 days instead of 90.');
  });

  test('properties, sources, subjects, special categories and non-personal data appear only when given', () => {
    const full = mounted(copy('sebet'), 'en');
    const headings = (root: HTMLElement) => [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings(full)).toEqual(expect.arrayContaining(['Sites and apps this policy covers', 'Where the data come from', 'Whose data they are', 'Special categories of personal data', 'Data that are not personal']));
    const bare = mounted(copy('estimation'), 'en');
    for (const title of ['Sites and apps this policy covers', 'Where the data come from', 'Whose data they are', 'Special categories of personal data', 'Data that are not personal']) {
      expect(headings(bare)).not.toContain(title);
    }
  });
});

describe('what the sections say', () => {
  test('purposes: legal ground, retention with its ceiling, where consent is given and withdrawn', () => {
    const text = mounted(copy('sebet'), 'ru').querySelector('#kelisim-policy-purposes')!.textContent!;
    expect(text).toContain('Срок хранения: 3 года после исполнения заказа');
    expect(text).toContain('Срок хранения: Пока существует личный кабинет, но максимум 5 лет после последнего взаимодействия');
    expect(text).toContain('Срок хранения: максимум 1 год');
    expect(text).toContain('Правовое основание: обязанность по закону');
    expect(text).toContain('Согласие запрашивается в баннере cookie: Аналитика, Маркетинг');
    expect(text).toContain('Где даётся согласие: отметкой «Присылать мне предложения» при регистрации');
    expect(text).toContain('Только данные, не являющиеся персональными');
  });

  test('technologies by category and service, with lifetimes, domains and other technologies', () => {
    const section = mounted(copy('sebet'), 'en').querySelector('#kelisim-policy-technologies')!;
    expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Necessary (Always on)', 'Analytics', 'Marketing']);
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' | '));
    expect(rows).toContain('_ym_uid | 1 year | A unique identifier that tells site visitors apart.');
    expect(rows).toContain('_ym_* | until the session ends | Working data of the current visit.');
    expect(rows).toContain('IDE | 13 months | .doubleclick.net | The advertising identifier of Google advertising (a third-party cookie).');
    expect(rows).toContain('sebet_cart | localStorage key | Keeps the items in your cart between pages.');
    expect(rows).toContain('AppMetrica SDK | SDK | Counts how the app is used.');
    // A service with neither cookies nor technologies is not listed.
    expect(section.textContent).not.toContain('Google advertising partners');
  });

  test('recipients with what they receive; cross-border countries, unnamed ones last', () => {
    const root = mounted(copy('sebet'), 'en');
    const recipients = root.querySelector('#kelisim-policy-recipients')!.textContent!;
    expect(recipients).toContain('Receives: Name, Phone number, Delivery address');
    expect(recipients).toContain('For the purposes: Showing ads on other sites and apps; Sharing data with advertising partners to measure the results of ads');
    expect(recipients).toContain('Receives: all the data listed in this policy');
    expect(root.querySelector('#kelisim-policy-cross-border')!.textContent).toContain(
      'Countries data go to: Russia, United States, countries the provider does not name',
    );
    document.body.innerHTML = ''; // one page per document: jsdom finds an id only at its first use
    const q = mounted(copy('qoldau'), 'en');
    expect(q.querySelector('#kelisim-policy-cross-border')!.textContent).toContain('No service or recipient in this policy sends data outside Kazakhstan.');
  });

  test('rights end with withdrawal (art. 8) and the operator\'s contacts; the authority with the right to complain', () => {
    const root = mounted(copy('sebet'), 'kk');
    const rights = root.querySelector('#kelisim-policy-rights')!;
    expect(rights.textContent).toContain('(Заңның 8-бабы)');
    expect([...rights.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'mailto:privacy@sebet.example',
      'https://sebet.example/account/privacy',
      'tel:+77270000000',
    ]);
    expect(root.querySelector('#kelisim-policy-authority a')!.getAttribute('href')).toBe('https://eotinish.kz');
    expect(root.querySelector('#kelisim-policy-revision')!.textContent).toContain('Редакциясы: 2026-03');
  });
});

describe('a policy text missing in the page language', () => {
  test('falls back and is marked with its own lang, wherever it is shown', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const policy = copy('sebet');
    policy.operator.name.kk = '';
    policy.purposes.find((p) => p.id === 'orders')!.title.kk = '';
    const root = mounted(policy, 'kk');
    const marked = [...root.querySelectorAll('[lang="ru"]')].map((el) => el.textContent);
    // The name: in the intro and the operator section; the purpose: its heading and two recipients.
    expect(marked.filter((t) => t === 'ТОО «Себет»').length).toBeGreaterThanOrEqual(2);
    expect(marked.filter((t) => t === 'Оформление, оплата и доставка заказов')).toHaveLength(3);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^Kelisim: /));
  });
});

describe('in the browser', () => {
  /** A consent instance with a decision and a way to announce a change. */
  function fakeConsent(decision: ConsentDecision | null) {
    const listeners: ((change: ConsentChange) => void)[] = [];
    return {
      get: () => decision,
      on: (_event: string, cb: (change: ConsentChange) => void) => (listeners.push(cb), () => void listeners.splice(listeners.indexOf(cb), 1)),
      listeners,
      emit: (next: ConsentDecision | null) => listeners.forEach((cb) => cb({ decision: next, previous: decision, granted: [], revoked: [] })),
    };
  }
  const decision: ConsentDecision = { granted: ['analytics'], categories: ['analytics', 'marketing'], revision: '2026-03', decidedAt: Date.UTC(2026, 2, 5, 10), id: 'id-1', lang: 'en', method: 'custom' };

  test('with the consent it ends with the current decision and a "change my choice" button, kept current', async () => {
    const consent = fakeConsent(decision);
    const root = mounted(copy('sebet'), 'en', { consent: consent as never });
    const block = root.querySelector('.kelisim-page-decision')!;
    expect(block.textContent).toContain('Consent given for: Analytics');
    expect(block.querySelector('button')!.getAttribute('data-kelisim')).toBe('open-settings');
    // The block subscribes in an effect, after the first paint.
    await vi.waitFor(() => expect(consent.listeners).toHaveLength(1));
    consent.emit({ ...decision, granted: [] });
    await vi.waitFor(() => expect(root.querySelector('.kelisim-page-decision')!.textContent).toContain('Consent given for: necessary only'));
  });

  test('without the consent there is no decision and no button', () => {
    const root = mounted(copy('sebet'), 'en');
    expect(root.querySelector('.kelisim-page-decision')).toBeNull();
    expect(root.querySelector('button')).toBeNull();
  });

  test('the language comes from <html lang>; the switcher without href switches in place', async () => {
    document.documentElement.lang = 'ru';
    const element = document.body.appendChild(document.createElement('div'));
    mountPolicyPage(element, copy('wadjet'), { languages: LANGS });
    document.documentElement.lang = '';
    expect(element.querySelector('h1')!.textContent).toBe('Политика конфиденциальности');
    const english = [...element.querySelectorAll('.kelisim-page-langs button')].find((b) => b.getAttribute('lang') === 'en') as HTMLButtonElement;
    english.click();
    await vi.waitFor(() => expect(element.querySelector('h1')!.textContent).toBe('Privacy policy'));
    expect(element.querySelector('.kelisim-page')!.getAttribute('lang')).toBe('en');
  });

  test('one language gives no switcher; a broken policy is reported, and the page goes on', () => {
    expect(mounted(copy('wadjet'), 'en', { languages: ['en'] }).querySelector('.kelisim-page-langs')).toBeNull();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => mounted({} as Policy, 'en')).not.toThrow();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Kelisim: /), expect.anything());
  });
});

describe('renderPolicyPageHtml', () => {
  test('a whole document: <html lang>, title, hreflang alternates, the style, main', () => {
    const html = renderPolicyPageHtml(copy('sebet'), 'kk', { languages: LANGS });
    expect(html).toMatch(/^<!doctype html>\n<html lang="kk"><head><meta charset="utf-8">/);
    expect(html).toContain('<title>Құпиялылық саясаты — «Себет» ЖШС</title>');
    expect(html).toContain('<link rel="alternate" hreflang="ru" href="privacy.ru.html">');
    expect(html).toContain('@media print');
    expect(html).toContain('<main><div class="kelisim-page" lang="kk">');
  });

  test('an invalid policy throws a PolicyError naming the problems', () => {
    const policy = copy('sebet');
    policy.operator.bin = '123';
    expect(() => renderPolicyPageHtml(policy, 'en')).toThrow(PolicyError);
  });
});
