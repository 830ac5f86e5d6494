import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanUp, destroyWidgets, fixturePolicy, mountWidget, storedDecision } from './widget-harness';

afterEach(cleanUp);

describe('the banner (first layer)', () => {
  test('names the operator, says what is collected and why, and links the privacy policy', () => {
    const { ui } = mountWidget();
    const banner = ui.getByRole('region', { name: 'Cookies and personal data' });
    expect(banner.textContent).toContain('Dala Market LLP');
    expect(banner.textContent).toContain('We use cookies to run the site and, with your consent, to count visits.');
    expect(ui.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('https://dala-market.kz/en/privacy');
  });

  test('offers accept, reject and settings as three buttons with one shared style', () => {
    const { root } = mountWidget();
    const buttons = [...root.querySelectorAll<HTMLElement>('.panel .buttons > *')];
    expect(buttons.map((b) => [b.tagName, b.dataset.kelisim, b.textContent])).toEqual([
      ['BUTTON', 'accept-all', 'Accept all'],
      ['BUTTON', 'reject-all', 'Necessary only'],
      ['BUTTON', 'open-settings', 'Settings'],
    ]);
    // Same size, weight and contrast come from one class list: no button is styled apart.
    expect(new Set(buttons.map((b) => b.className)).size).toBe(1);
    expect(root.querySelector('a[data-kelisim="reject-all"]')).toBeNull();
  });

  test('builds its sentence from the optional purposes when the policy has no summary', () => {
    const policy = fixturePolicy();
    delete policy.summary;
    const { ui } = mountWidget({}, policy);
    expect(ui.getByRole('region').textContent).toContain(
      'With your consent we process data for these purposes: visit statistics to improve the site. Third parties receive the data: Yandex LLC.',
    );
  });

  test('is not consent when ignored: Escape, scrolling and outside clicks store nothing', () => {
    const { ui, policy } = mountWidget();
    fireEvent.keyDown(ui.getByRole('region'), { key: 'Escape' });
    fireEvent.scroll(window);
    fireEvent.click(document.body);
    expect(storedDecision(policy)).toBeNull();
    expect(ui.getByRole('region')).toBeTruthy();
  });

  test('is replaced by the floating settings button once a decision exists', () => {
    const { ui } = mountWidget();
    fireEvent.click(ui.getByRole('button', { name: 'Necessary only' }));
    expect(ui.queryByRole('region')).toBeNull();
    expect(ui.getByRole('button', { name: 'Cookie settings' }).dataset.kelisim).toBe('open-settings');
  });

  test('does not come back on the next page, and the floating button can be turned off', () => {
    const first = mountWidget();
    fireEvent.click(first.ui.getByRole('button', { name: 'Accept all' }));
    destroyWidgets();
    const { ui, root } = mountWidget({ floatingButton: false });
    expect(ui.queryByRole('region')).toBeNull();
    expect(root.querySelector('button')).toBeNull();
  });

  test('with no optional category it informs, with one button that records a decision granting nothing', () => {
    const policy = fixturePolicy();
    policy.categories = policy.categories.filter((c) => c.id === 'necessary');
    policy.purposes = policy.purposes.filter((p) => p.category === 'necessary');
    delete policy.summary;
    const { ui, root } = mountWidget({}, policy);
    expect(ui.getByRole('region').textContent).toContain('This site uses only the cookies and personal data it needs to work.');
    const buttons = root.querySelectorAll('.panel button:not([lang])');
    expect([...buttons].map((b) => b.textContent)).toEqual(['Understood']);
    fireEvent.click(buttons[0]!);
    expect(storedDecision(policy)).toMatchObject({ granted: [], categories: [] });
    expect(ui.queryByRole('region')).toBeNull();
  });

  test('announces an upcoming policy change with its localised date', () => {
    const en = mountWidget();
    expect(en.ui.getByRole('region').textContent).toContain(
      'From July 1, 2026, the policy changes: Order data will be kept for 3 years instead of 5.',
    );
    destroyWidgets();
    const ru = mountWidget({ lang: 'ru' });
    expect(ru.ui.getByRole('region').textContent).toContain('С 1 июля 2026 г. политика изменится: Срок хранения данных о заказах сокращается с 5 до 3 лет.');
  });

  test('after a GPC decision it explains why optional categories were declined and offers Settings', () => {
    const { ui, consent, policy } = mountWidget({ notice: 'gpc' });
    const banner = ui.getByRole('region');
    expect(banner.textContent).toContain('Your browser sent a Global Privacy Control signal');
    expect(ui.queryByRole('button', { name: 'Accept all' })).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    expect(ui.getByRole('dialog')).toBeTruthy();
    expect(consent.get()).toBeNull();
    expect(storedDecision(policy)).toBeNull();
  });

  test('never renders a policy link that is not http(s), mailto or tel', () => {
    const policy = fixturePolicy();
    policy.operator.policyUrl = 'javascript:alert(1)';
    const { root, ui } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((href) => /^javascript:/i.test(href))).toBe(false);
    expect(hrefs.filter((href) => !href.startsWith('data:application/json')).every((href) => /^(https?:|mailto:|tel:)/.test(href))).toBe(true);
  });

  test('a bottom bar reserves its height as scroll padding while shown, then gives the page its own back', () => {
    document.documentElement.style.scrollPaddingBottom = '10px';
    const height = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(180);
    const { ui } = mountWidget({ layout: 'bar' });
    expect(document.documentElement.style.scrollPaddingBottom).toBe('180px');
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    expect(document.documentElement.style.scrollPaddingBottom).toBe('10px');
    height.mockRestore();
    document.documentElement.style.scrollPaddingBottom = '';
  });

  test('modal layout traps the visitor in a labelled dialog and takes focus', () => {
    document.body.insertAdjacentHTML('beforeend', '<main><a href="/x">page link</a></main>');
    const { ui, root } = mountWidget({ layout: 'modal' });
    const dialog = ui.getByRole('dialog', { name: 'Cookies and personal data' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.activeElement?.id).toBe('kelisim-banner-title');
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    const settings = ui.getByRole('button', { name: 'Settings' });
    settings.focus();
    fireEvent.keyDown(settings, { key: 'Tab' });
    expect(root.activeElement?.getAttribute('lang')).toBe('kk');
  });

  test('a bar or box does not take focus, and layout and theme reach the markup', () => {
    const { root } = mountWidget({ layout: 'box', theme: 'dark' });
    expect(root.activeElement).toBeNull();
    expect(root.querySelector('.k')!.classList.contains('dark')).toBe(true);
    expect(root.querySelector('[role="region"]')!.classList.contains('box')).toBe(true);
    expect(root.querySelector('.backdrop')).toBeNull();
  });
});
