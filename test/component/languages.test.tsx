import { fireEvent } from '@testing-library/preact';
import i18next from 'i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

describe('choosing the language', () => {
  test('without configuration it follows <html lang> and marks the widget root', () => {
    document.documentElement.lang = 'ru-KZ';
    const { root, ui } = mountWidget({ lang: undefined });
    expect(root.querySelector('.k')!.getAttribute('lang')).toBe('ru');
    expect(ui.getByRole('button', { name: 'Принять все' })).toBeTruthy();
  });

  test('the visitor\'s earlier choice applies when the page does not say', () => {
    localStorage.setItem('kelisim.lang', 'en');
    const { ui } = mountWidget({ lang: undefined });
    expect(ui.getByRole('button', { name: 'Accept all' })).toBeTruthy();
  });

  test('an explicit lang wins, and the earlier choice is not even read from localStorage', () => {
    localStorage.setItem('kelisim.lang', 'en');
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const { ui } = mountWidget({ lang: 'ru' });
    expect(ui.getByRole('button', { name: 'Принять все' })).toBeTruthy();
    expect(getItem.mock.calls.filter(([key]) => key === 'kelisim.lang')).toEqual([]);
  });

  test('Kazakh is the default when nothing else decides', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    const { ui } = mountWidget({ lang: undefined });
    expect(ui.getByRole('button', { name: 'Барлығын қабылдау' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Тек қажеттілері' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Баптаулар' })).toBeTruthy();
  });
});

describe('the language switcher', () => {
  test('offers each language in itself, each with its own lang', () => {
    const { root } = mountWidget();
    const buttons = [...root.querySelectorAll('.panel .langs button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('lang')])).toEqual([
      ['Қазақша', 'kk'],
      ['Русский', 'ru'],
      ['English', 'en'],
    ]);
    expect(root.querySelector('.panel .langs [aria-pressed="true"]')!.getAttribute('lang')).toBe('en');
  });

  test('re-renders in the new language, remembers it, and records it with the decision', () => {
    const { root, ui, consent } = mountWidget();
    fireEvent.click(root.querySelector('.panel .langs button[lang="ru"]')!);
    expect(root.querySelector('.k')!.getAttribute('lang')).toBe('ru');
    expect(ui.getByRole('region').textContent).toContain('Мы используем файлы cookie для работы сайта');
    expect(localStorage.getItem('kelisim.lang')).toBe('ru');
    fireEvent.click(ui.getByRole('button', { name: 'Принять все' }));
    expect(consent.get()?.lang).toBe('ru');
  });

  test('switching inside the dialog keeps the switch states in progress', () => {
    const { root, ui } = mountWidget();
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    fireEvent.click(root.querySelector('[data-kelisim-category="analytics"]')!);
    fireEvent.click(root.querySelector('[role="dialog"] .langs button[lang="kk"]')!);
    expect(ui.getByRole('dialog', { name: 'Құпиялылық баптаулары' })).toBeTruthy();
    expect(root.querySelector<HTMLInputElement>('[data-kelisim-category="analytics"]')!.checked).toBe(true);
  });

  test('the handle can switch language without storing a visitor choice', () => {
    const { handle, ui } = mountWidget();
    fireEvent.click(document.body);
    handle.setLang('kk');
    return vi.waitFor(() => {
      expect(ui.getByRole('button', { name: 'Барлығын қабылдау' })).toBeTruthy();
      expect(localStorage.getItem('kelisim.lang')).toBeNull();
    });
  });
});

describe('a policy string missing in the chosen language', () => {
  test('falls back along the order, is marked with its own lang, and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const policy = fixturePolicy();
    policy.operator.name.en = '';
    const { root, ui } = mountWidget({ fallback: ['ru', 'kk'] }, policy);
    const name = [...root.querySelectorAll('.panel b span')].find((el) => el.textContent === 'ТОО «Дала Маркет»');
    expect(name?.getAttribute('lang')).toBe('ru');
    // Re-render a few times (language switch and back, open the dialog): still one warning.
    fireEvent.click(root.querySelector('.panel .langs button[lang="kk"]')!);
    fireEvent.click(root.querySelector('.panel .langs button[lang="en"]')!);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    const mentions = warn.mock.calls.filter((call) => String(call[0]).includes('ТОО «Дала Маркет»'));
    expect(mentions).toHaveLength(1);
    expect(String(mentions[0]![0])).toMatch(/^Kelisim: .*"en"/);
  });

  test('with the default order, a missing Russian text falls back to Kazakh', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const policy = fixturePolicy();
    policy.summary!.ru = '   ';
    const { root } = mountWidget({ lang: 'ru' }, policy);
    const summary = [...root.querySelectorAll('.panel p span')].find((el) => el.textContent?.startsWith('Біз cookie'));
    expect(summary?.getAttribute('lang')).toBe('kk');
  });
});

describe('bilingual layout', () => {
  test('shows Kazakh first, then Russian, each marked, in the same element type', () => {
    const { root } = mountWidget({ lang: 'kk', bilingual: true });
    const accept = root.querySelector('.panel [data-kelisim="accept-all"]')!;
    expect([...accept.children].map((el) => [el.getAttribute('lang'), el.textContent])).toEqual([
      ['kk', 'Барлығын қабылдау'],
      ['ru', 'Принять все'],
    ]);
    const title = root.querySelector('#kelisim-banner-title')!;
    expect([...title.children].map((el) => el.getAttribute('lang'))).toEqual(['kk', 'ru']);
    const summary = [...root.querySelectorAll('.panel p')].find((p) => p.textContent?.includes('Біз cookie'))!;
    expect(summary.textContent).toBe(
      'Біз cookie файлдарын сайттың жұмысы үшін, ал сіздің келісіміңізбен — келу статистикасы үшін пайдаланамыз.' +
        'Мы используем файлы cookie для работы сайта, а с вашего согласия — для статистики посещений.',
    );
  });

  test('keeps each language\'s date with its own sentence in an upcoming-change notice', () => {
    const { root } = mountWidget({ lang: 'kk', bilingual: true });
    const notice = [...root.querySelectorAll('.panel p')].find((p) => p.textContent?.includes('2026'))!;
    expect([...notice.children].map((el) => [el.getAttribute('lang'), el.textContent])).toEqual([
      ['kk', 'Саясаттағы өзгерістер 2026 ж. 1 шілде күні күшіне енеді: Тапсырыстар туралы деректерді сақтау мерзімі 5 жылдан 3 жылға дейін қысқарады.'],
      ['ru', 'С 1 июля 2026 г. политика изменится: Срок хранения данных о заказах сокращается с 5 до 3 лет.'],
    ]);
  });

  test('keeps Kazakh first when the visitor reads in Russian', () => {
    const { root } = mountWidget({ lang: 'ru', bilingual: true });
    const reject = root.querySelector('.panel [data-kelisim="reject-all"]')!;
    expect([...reject.children].map((el) => el.getAttribute('lang'))).toEqual(['kk', 'ru']);
  });
});

describe('i18next', () => {
  test('each widget has its own instance; the global i18next is never touched', () => {
    const a = createI18n('ru');
    const b = createI18n('en');
    expect(a).not.toBe(b);
    expect(a.t('acceptAll')).toBe('Принять все');
    expect(b.t('acceptAll')).toBe('Accept all');
    expect(i18next.isInitialized).not.toBe(true);
    expect(i18next.language).toBeUndefined();
  });
});
