// The widget's minimal adaptation to policy format 2 (issue 13); rendering the new fields is issue 14.
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../src/core/policy-types';
import { cleanUp, fixturePolicy, mountWidget } from './widget-harness';

afterEach(cleanUp);

const text = (en: string) => ({ kk: en, ru: en, en });

/** The text of each category's details in the dialog, for `policy`. */
function detailsOf(policy: Policy): string[] {
  const h = mountWidget({}, policy);
  fireEvent.click(h.root.querySelector('.panel [data-kelisim="open-settings"]')!);
  return [...h.root.querySelectorAll('details')].map((d) => d.textContent ?? '');
}

describe('policy format 2 in the widget', () => {
  test('a purpose under two categories is listed under each; one of non-personal data shows no ground or retention', () => {
    const policy = fixturePolicy();
    policy.categories.push({ id: 'marketing', title: text('Marketing'), description: text('Ads'), services: [] });
    policy.purposes.push({ id: 'ads', title: text('Ad measurement'), data: ['cookie-id'], ground: 'consent', retention: { amount: 1, unit: 'year' }, category: ['analytics', 'marketing'] });
    policy.dataCategories.push({ id: 'weather', title: text('Weather'), personal: false });
    policy.purposes.push({ id: 'weather', title: text('Weather statistics'), data: ['weather'], category: 'necessary' });
    const [necessary, analytics, marketing] = detailsOf(policy);
    expect(analytics).toContain('Ad measurement');
    expect(marketing).toContain('Ad measurement');
    expect(necessary).toContain('Weather statistics');
    expect(necessary).not.toContain('groundName');
    expect(necessary).not.toMatch(/Weather statistics.*Retention period/);
  });

  test('consent given elsewhere is not listed under necessary (it has its own section)', () => {
    const policy = fixturePolicy();
    policy.purposes.push({ id: 'news', title: text('Newsletter'), data: ['email'], ground: 'consent', retention: { amount: 1, unit: 'year' }, consentIn: text('on registration'), withdrawIn: text('the unsubscribe link') });
    expect(detailsOf(policy)[0]).not.toContain('Newsletter');
  });

  test('several countries and "unknown" are shown, marked as cross-border', () => {
    const policy = fixturePolicy();
    policy.categories[1]!.services[0]!.country = ['RU', 'FI'];
    policy.recipients![1]!.country = 'unknown';
    const [, analytics] = detailsOf(policy);
    expect(analytics).toMatch(/Russia, Finland\s*Cross-border transfer/);
  });
});
