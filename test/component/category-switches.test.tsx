import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n';
import { formatDuration } from '../../src/ui/format-policy-values';
import { createTexts } from '../../src/ui/texts';
import type { Lang, TimeUnit } from '../../src/core/policy-types';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

afterEach(cleanUp);

/** Mounts in `lang`, opens the dialog and returns the harness. */
function openDialog(lang: Lang = 'en') {
  const h = mountWidget({ lang });
  fireEvent.click(h.root.querySelector('.panel [data-kelisim="open-settings"]')!);
  return h;
}

describe('category switches', () => {
  test('every category has a labelled native switch; necessary is on and disabled, nothing else pre-ticked', () => {
    const { root, ui } = openDialog();
    const switches = [...root.querySelectorAll<HTMLInputElement>('[data-kelisim-category]')];
    expect(switches.map((s) => [s.dataset.kelisimCategory, s.type, s.getAttribute('role'), s.checked, s.disabled])).toEqual([
      ['necessary', 'checkbox', 'switch', true, true],
      ['analytics', 'checkbox', 'switch', false, false],
    ]);
    expect(ui.getByRole('switch', { name: 'Analytics' })).toBe(switches[1]);
    expect(ui.getByRole('switch', { name: /Necessary/ })).toBe(switches[0]);
  });

  test('clicking the disabled necessary switch does not turn it off', () => {
    const { root } = openDialog();
    const necessary = root.querySelector<HTMLInputElement>('[data-kelisim-category="necessary"]')!;
    fireEvent.click(necessary);
    expect(necessary.checked).toBe(true);
  });
});

describe('category details', () => {
  test('list purposes with data, legal ground and retention in correct Russian plurals', () => {
    const { root } = openDialog('ru');
    const [necessary, analytics] = [...root.querySelectorAll('details')].map((d) => d.textContent ?? '');
    expect(necessary).toContain('Оформление и доставка заказов');
    // The data as a list, one item each (issue 14, point 2).
    const chips = [...root.querySelector('details')!.querySelectorAll('.chips')][0]!;
    expect([...chips.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Имя и фамилия', 'Номер телефона', 'Адрес электронной почты']);
    expect(necessary).toContain('Правовое основание: договор');
    expect(necessary).toContain('Срок хранения: 5 лет после исполнения заказа');
    expect(necessary).toContain('Срок хранения: 3 месяца');
    expect(analytics).toContain('Правовое основание: согласие');
    expect(analytics).toContain('Срок хранения: до отзыва согласия, но не более 1 года');
  });

  test('show consent given outside the banner in its own section, never under necessary', () => {
    const policy = fixturePolicy();
    policy.purposes.push({
      id: 'feedback',
      title: { kk: 'Өтініштерге жауап беру', ru: 'Ответы на обращения', en: 'Answering enquiries' },
      data: ['email'],
      ground: 'consent',
      retention: { amount: 1, unit: 'year' },
      category: 'necessary',
      consentIn: { kk: 'кері байланыс нысанында', ru: 'в форме обратной связи', en: 'in the feedback form' },
    });
    const h = mountWidget({ lang: 'ru' }, policy);
    fireEvent.click(h.root.querySelector('.panel [data-kelisim="open-settings"]')!);
    const necessary = h.root.querySelector('details')!.textContent;
    expect(necessary).not.toContain('Ответы на обращения');
    const elsewhere = [...h.root.querySelectorAll('.dialog section')].find((s) => s.querySelector('h3')?.textContent === 'Согласие, которое даётся в другом месте')!;
    expect(elsewhere.textContent).toContain('Ответы на обращения');
    expect(elsewhere.textContent).toContain('Где даётсяв форме обратной связи');
  });

  test('show services with provider and country, marking cross-border transfer', () => {
    const { root } = openDialog('kk');
    const [necessary, analytics] = [...root.querySelectorAll('details')].map((d) => d.textContent ?? '');
    expect(analytics).toContain('Yandex Metrica');
    expect(analytics).toContain('«Яндекс» ЖШҚ');
    expect(analytics).toContain('Ресей');
    expect(analytics).toContain('Трансшекаралық беру');
    expect(necessary).toContain('Қазақстан');
    expect(necessary).not.toContain('Трансшекаралық беру');
  });

  test('list cookies with name (prefixes as name*), lifetime and purpose', () => {
    const { root } = openDialog('ru');
    const rows = [...root.querySelectorAll('details tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toContainEqual(['kelisim', '6 месяцев', 'Хранит ваш выбор: согласие на файлы cookie или отказ от них.']);
    expect(rows).toContainEqual(['dm_session', 'до конца сеанса', expect.stringContaining('Хранит сеанс')]);
    expect(rows).toContainEqual(['_ym_uid', '1 год', expect.any(String)]);
    expect(rows).toContainEqual(['_ym_*', '2 дня', expect.stringContaining('Служебные файлы cookie')]);
  });

  test('the dialog lists recipients, rights, operator with BIN and contacts, authority and statements', () => {
    const { root } = openDialog();
    const text = root.querySelector('[role="dialog"]')!.textContent ?? '';
    for (const part of [
      'Recipients of data',
      'Zhedel Courier LLP',
      'Withdraw your consent to the collection and processing of personal data.',
      'BIN: 180540012343',
      '150 Abay Avenue, Almaty 050046, Kazakhstan',
      'Authorised body',
      'Ministry of Artificial Intelligence and Digital Development',
      'transferred across the border to the Russian Federation',
      'kept in the Republic of Kazakhstan',
    ]) {
      expect(text).toContain(part);
    }
    const hrefs = [...root.querySelectorAll('[role="dialog"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['mailto:privacy@dala-market.kz', 'tel:+77273000000', 'https://eotinish.kz']));
  });
});

describe('durations use each language\'s plural rules', () => {
  const rows: [Lang, TimeUnit, number, string][] = [
    ['ru', 'year', 1, '1 год'],
    ['ru', 'year', 2, '2 года'],
    ['ru', 'year', 5, '5 лет'],
    ['ru', 'year', 21, '21 год'],
    ['ru', 'month', 3, '3 месяца'],
    ['ru', 'month', 11, '11 месяцев'],
    ['ru', 'day', 1, '1 день'],
    ['ru', 'day', 14, '14 дней'],
    ['ru', 'hour', 24, '24 часа'],
    ['ru', 'minute', 30, '30 минут'],
    ['kk', 'year', 1, '1 жыл'],
    ['kk', 'year', 5, '5 жыл'],
    ['kk', 'month', 6, '6 ай'],
    ['en', 'year', 1, '1 year'],
    ['en', 'year', 2, '2 years'],
    ['en', 'day', 1, '1 day'],
  ];
  test.each(rows)('%s: %s × %i → %s', (lang, unit, amount, expected) => {
    const texts = createTexts(createI18n(lang), lang, { bilingual: false, fallback: ['kk', 'ru', 'en'], warned: new Set() });
    expect(formatDuration(texts, { amount, unit })).toBe(expected);
  });
});
