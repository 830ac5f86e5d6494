import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../src/core/policy-types';
import { cleanUp, destroyWidgets, fixturePolicy, mountWidget, storedDecision } from './widget-harness';

afterEach(cleanUp);

/** The fixture with a second optional category, so "exactly the toggled ones" means something. */
function twoOptional(): Policy {
  const policy = fixturePolicy();
  policy.categories.push({
    id: 'marketing',
    title: { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' },
    description: { kk: 'Жарнама.', ru: 'Реклама.', en: 'Advertising.' },
    services: [],
  });
  return policy;
}

const switchOf = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(`[data-kelisim-category="${id}"]`)!;

describe('every button decides exactly what it says', () => {
  test('banner "Accept all" grants every optional category', () => {
    const policy = twoOptional();
    const { ui } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    expect(storedDecision(policy)).toMatchObject({ granted: ['analytics', 'marketing'], method: 'accept-all', lang: 'en' });
  });

  test('banner "Necessary only" grants nothing optional', () => {
    const policy = twoOptional();
    const { ui } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Necessary only' }));
    expect(storedDecision(policy)).toMatchObject({ granted: [], categories: ['analytics', 'marketing'], method: 'reject-all' });
  });

  test('"Save choices" stores exactly the switches turned on', () => {
    const policy = twoOptional();
    const { ui, root } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    fireEvent.click(switchOf(root, 'marketing'));
    fireEvent.click(ui.getByRole('button', { name: 'Save choices' }));
    expect(storedDecision(policy)).toMatchObject({ granted: ['marketing'], method: 'custom' });
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  test('toggling a switch stores nothing until a button is used', () => {
    const policy = twoOptional();
    const { ui, root } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    fireEvent.click(switchOf(root, 'analytics'));
    fireEvent.click(switchOf(root, 'marketing'));
    expect(switchOf(root, 'analytics').checked).toBe(true);
    expect(storedDecision(policy)).toBeNull();
    expect(document.cookie).not.toContain('kelisim=');
  });

  test('the dialog\'s "Accept all" and "Necessary only" ignore switches in progress', () => {
    const policy = twoOptional();
    const { ui, root } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    fireEvent.click(switchOf(root, 'analytics'));
    fireEvent.click(ui.getByRole('dialog').querySelector('[data-kelisim="reject-all"]')!);
    expect(storedDecision(policy)?.granted).toEqual([]);
    fireEvent.click(ui.getByRole('button', { name: 'Cookie settings' }));
    fireEvent.click(ui.getByRole('dialog').querySelector('[data-kelisim="accept-all"]')!);
    expect(storedDecision(policy)?.granted).toEqual(['analytics', 'marketing']);
  });

  test('withdrawing is as short as giving: reopen, switch off, save', () => {
    const policy = twoOptional();
    const { ui, root } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(ui.getByRole('button', { name: 'Cookie settings' }));
    // Reopening reflects the stored decision.
    expect(switchOf(root, 'analytics').checked).toBe(true);
    expect(switchOf(root, 'marketing').checked).toBe(true);
    fireEvent.click(switchOf(root, 'analytics'));
    fireEvent.click(ui.getByRole('button', { name: 'Save choices' }));
    expect(storedDecision(policy)?.granted).toEqual(['marketing']);
  });

  test('a polite live region announces the saved decision', () => {
    const policy = twoOptional();
    const { ui } = mountWidget({}, policy);
    const status = ui.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    fireEvent.click(ui.getByRole('button', { name: 'Necessary only' }));
    expect(status.textContent).toBe('Your choice is saved: necessary only.');
    fireEvent.click(ui.getByRole('button', { name: 'Cookie settings' }));
    fireEvent.click(ui.getByRole('dialog').querySelector('[data-kelisim="accept-all"]')!);
    expect(status.textContent).toBe('Your choice is saved: Analytics, Marketing.');
  });
});

describe('host-page controls', () => {
  test('an element added later with data-kelisim="open-settings" opens the dialog', () => {
    const { ui } = mountWidget();
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.kelisim = 'open-settings';
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => void link.firstChild!.dispatchEvent(click));
    expect(ui.getByRole('dialog', { name: 'Privacy settings' })).toBeTruthy();
    expect(click.defaultPrevented).toBe(true);
  });

  test('host buttons data-kelisim="accept-all" and "reject-all" decide', () => {
    const policy = fixturePolicy();
    const { ui } = mountWidget({}, policy);
    document.body.insertAdjacentHTML('beforeend', '<button data-kelisim="accept-all">yes</button><button data-kelisim="reject-all">no</button>');
    act(() => (document.querySelector('[data-kelisim="accept-all"]') as HTMLElement).click());
    expect(storedDecision(policy)?.granted).toEqual(['analytics']);
    expect(ui.queryByRole('region')).toBeNull();
    act(() => (document.querySelector('[data-kelisim="reject-all"]') as HTMLElement).click());
    expect(storedDecision(policy)?.granted).toEqual([]);
  });

  test('the handle opens and closes the dialog; destroy removes the widget and its listener', () => {
    const { handle, ui, policy } = mountWidget();
    act(() => handle.open());
    expect(ui.getByRole('dialog')).toBeTruthy();
    act(() => handle.close());
    expect(ui.queryByRole('dialog')).toBeNull();
    destroyWidgets();
    expect(document.querySelector('#kelisim')).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<button data-kelisim="accept-all">yes</button>');
    (document.querySelector('[data-kelisim="accept-all"]') as HTMLElement).click();
    expect(storedDecision(policy)).toBeNull();
  });
});

describe('the current decision', () => {
  test('shows date, consent id and granted categories, with a downloadable receipt', () => {
    const policy = fixturePolicy();
    const { ui } = mountWidget({}, policy);
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(ui.getByRole('button', { name: 'Cookie settings' }));
    const decision = storedDecision(policy)!;
    const section = ui.getByRole('heading', { name: 'Your current decision' }).parentElement!;
    expect(section.textContent).toContain(`Consent ID: ${decision.id}`);
    expect(section.textContent).toContain('Consent given for: Analytics');
    expect(section.textContent).toContain(String(new Date(decision.decidedAt).getFullYear()));
    const link = ui.getByRole('link', { name: 'Download consent receipt' }) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe(`kelisim-consent-${decision.id}.json`);
    const receipt = JSON.parse(decodeURIComponent(link.getAttribute('href')!.split(',')[1]!));
    expect(receipt).toMatchObject({ id: decision.id, granted: ['analytics'], operator: { bin: '180540012343' } });
  });

  test('is absent before any decision', () => {
    const { ui } = mountWidget();
    fireEvent.click(ui.getByRole('button', { name: 'Settings' }));
    expect(ui.queryByRole('heading', { name: 'Your current decision' })).toBeNull();
  });
});
