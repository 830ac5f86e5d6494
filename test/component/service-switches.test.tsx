import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../src/core/policy-types';
import { cleanUp, destroyWidgets, fixturePolicy, mountWidget, storedDecision } from './widget-harness';

afterEach(cleanUp);

/** The fixture with a second analytics service, so a category can be half on. */
function twoServices(): Policy {
  const policy = fixturePolicy();
  const analytics = policy.categories.find((c) => c.id === 'analytics')!;
  analytics.services.push({
    id: 'google-analytics',
    name: 'Google Analytics',
    provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' },
    country: 'US',
    cookies: [],
  });
  return policy;
}

/** Mounts with `policy`, opens the dialog and the analytics details. */
function openAnalytics(policy = twoServices()) {
  const h = mountWidget({}, policy);
  fireEvent.click(h.root.querySelector('[data-kelisim="open-settings"]')!);
  const details = [...h.root.querySelectorAll('details')][1]!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  const q = (sel: string) => h.root.querySelector<HTMLInputElement>(sel)!;
  return { ...h, category: () => q('[data-kelisim-category="analytics"]'), service: (id: string) => q(`[data-kelisim-service="${id}"]`) };
}

describe('service switches', () => {
  test('each optional service has a labelled switch; necessary services have none', () => {
    const { root, ui } = openAnalytics();
    expect([...root.querySelectorAll<HTMLInputElement>('[data-kelisim-service]')].map((s) => [s.dataset.kelisimService, s.getAttribute('role'), s.checked])).toEqual([
      ['yandex-metrica', 'switch', false],
      ['google-analytics', 'switch', false],
    ]);
    expect(ui.getByRole('switch', { name: 'Google Analytics' })).toBe(root.querySelector('[data-kelisim-service="google-analytics"]'));
  });

  test('one service on makes the category switch mixed; all on makes it on; the category turns all off and on', () => {
    const { category, service } = openAnalytics();
    fireEvent.click(service('yandex-metrica'));
    expect([category().checked, category().getAttribute('aria-checked'), category().indeterminate]).toEqual([false, 'mixed', true]);
    fireEvent.click(service('google-analytics'));
    expect([category().checked, category().getAttribute('aria-checked'), category().indeterminate]).toEqual([true, null, false]);
    fireEvent.click(category());
    expect([category().checked, service('yandex-metrica').checked, service('google-analytics').checked]).toEqual([false, false, false]);
    fireEvent.click(category());
    expect([category().checked, service('yandex-metrica').checked, service('google-analytics').checked]).toEqual([true, true, true]);
  });

  test('saving one service stores just it, and the next dialog shows it mixed', () => {
    const policy = twoServices();
    const { root, consent, service } = openAnalytics(policy);
    fireEvent.click(service('google-analytics'));
    fireEvent.click(root.querySelector('[data-kelisim="save"]')!);
    expect(storedDecision(policy)).toMatchObject({ granted: [], services: ['google-analytics'] });
    expect([consent.has('google-analytics'), consent.has('yandex-metrica'), consent.has('analytics')]).toEqual([true, false, false]);
    destroyWidgets();
    const again = openAnalytics(policy);
    expect([again.category().getAttribute('aria-checked'), again.service('google-analytics').checked, again.service('yandex-metrica').checked]).toEqual(['mixed', true, false]);
  });

  test('the category switch alone grants every service of it', () => {
    const policy = twoServices();
    const { root, category } = openAnalytics(policy);
    fireEvent.click(category());
    fireEvent.click(root.querySelector('[data-kelisim="save"]')!);
    expect(storedDecision(policy)).toMatchObject({ granted: ['analytics'], services: ['yandex-metrica', 'google-analytics'] });
  });
});
