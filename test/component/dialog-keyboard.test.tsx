import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { focusables } from '../../src/ui/focus-trap';
import { cleanUp, mountWidget, storedDecision } from './widget-harness';

afterEach(cleanUp);

/** Presses Tab (or Shift+Tab) where focus is now, as the browser would deliver it. */
function tab(root: ShadowRoot, shiftKey = false): Element | null {
  fireEvent.keyDown(root.activeElement ?? root, { key: 'Tab', shiftKey });
  return root.activeElement;
}

/** Opens the dialog from the banner's Settings button, focused first like a keyboard user would. */
function openFromBanner(h: ReturnType<typeof mountWidget>): HTMLElement {
  const settings = h.ui.getByRole('button', { name: 'Settings' });
  settings.focus();
  fireEvent.click(settings);
  return h.ui.getByRole('dialog');
}

describe('the preferences dialog follows the WAI-ARIA modal dialog pattern', () => {
  test('is a labelled and described modal dialog', () => {
    const h = mountWidget();
    const dialog = openFromBanner(h);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(h.ui.getByRole('dialog', { name: 'Privacy settings' })).toBe(dialog);
    const described = h.root.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(described?.textContent).toContain('Choose the optional categories you consent to.');
  });

  test('moves focus into the dialog, onto its title', () => {
    const h = mountWidget();
    openFromBanner(h);
    expect(h.root.activeElement?.textContent).toBe('Privacy settings');
    expect(document.activeElement).toBe(document.querySelector('#kelisim'));
  });

  test('Tab and Shift+Tab cycle through the dialog and never leave it', () => {
    const h = mountWidget();
    const dialog = openFromBanner(h);
    const items = focusables(dialog);
    expect(items.length).toBeGreaterThan(5);
    const seen = new Set<Element | null>();
    for (let i = 0; i < items.length; i++) seen.add(tab(h.root));
    expect(seen.size).toBe(items.length);
    expect([...seen].every((el) => dialog.contains(el))).toBe(true);
    // Past the last element, Tab wraps to the first; Shift+Tab from the first goes to the last.
    expect(h.root.activeElement).toBe(items.at(-1));
    expect(tab(h.root)).toBe(items[0]);
    expect(tab(h.root, true)).toBe(items.at(-1));
  });

  test('content of a closed <details> is skipped, its summary is not', () => {
    const h = mountWidget();
    const dialog = openFromBanner(h);
    const details = dialog.querySelector('details')!;
    const inside = focusables(dialog).filter((el) => details.contains(el));
    expect(inside.map((el) => el.tagName)).toEqual(['SUMMARY']);
  });

  test('Escape closes it without granting anything and returns focus to the opener', () => {
    const h = mountWidget();
    openFromBanner(h);
    fireEvent.click(h.root.querySelector('[data-kelisim-category="analytics"]')!);
    fireEvent.keyDown(h.root.activeElement!, { key: 'Escape' });
    expect(h.ui.queryByRole('dialog')).toBeNull();
    expect(storedDecision(h.policy)).toBeNull();
    expect(h.root.activeElement).toBe(h.ui.getByRole('button', { name: 'Settings' }));
  });

  test('focus returns to an opener on the host page, which is inert only while the dialog is open', () => {
    document.body.insertAdjacentHTML('beforeend', '<main><a href="/x">page link</a><button data-kelisim="open-settings">Cookies</button></main>');
    const h = mountWidget();
    fireEvent.click(h.ui.getByRole('button', { name: 'Accept all' }));
    const opener = document.querySelector<HTMLButtonElement>('main [data-kelisim]')!;
    opener.focus();
    act(() => opener.click());
    expect(h.ui.getByRole('dialog')).toBeTruthy();
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    expect(document.querySelector('#kelisim')!.hasAttribute('inert')).toBe(false);
    fireEvent.click(h.ui.getByRole('button', { name: 'Close' }));
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  test('after a decision made in the dialog, focus lands on the floating settings button', () => {
    const h = mountWidget();
    openFromBanner(h);
    fireEvent.click(h.ui.getByRole('button', { name: 'Save choices' }));
    expect(h.root.activeElement).toBe(h.ui.getByRole('button', { name: 'Cookie settings' }));
  });

  test('the banner behind the dialog is inert while it is open', () => {
    const h = mountWidget();
    openFromBanner(h);
    expect(h.root.querySelector('.panel.bar')!.hasAttribute('inert')).toBe(true);
    fireEvent.keyDown(h.root.activeElement!, { key: 'Escape' });
    expect(h.root.querySelector('.panel.bar')!.hasAttribute('inert')).toBe(false);
  });
});
