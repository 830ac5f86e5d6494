// @vitest-environment jsdom
import { expect, test } from 'vitest';
import type { ConsentDecision } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';
import { decisionGrants } from '../../src/core/decision-grants';
import { policy } from '../fixtures/typed-policy';

const IDS = ['necessary', 'site', 'analytics', 'yandex-metrica', 'marketing', 'vk-ads'] as const;

test('no decision grants only necessary', () => {
  const consent = createConsent({ policy, cookie: { name: 'grants-none' } });
  expect(IDS.filter((id) => decisionGrants(consent, null, id))).toEqual(['necessary']);
  expect(IDS.filter((id) => decisionGrants(consent, consent.get(), id))).toEqual(['necessary']);
});

test("for the instance's current decision the instance answers, services through their category too", () => {
  const consent = createConsent({ policy, cookie: { name: 'grants-current' } });
  consent.set({ marketing: true });
  const decision = consent.get();
  expect(IDS.filter((id) => decisionGrants(consent, decision, id))).toEqual(IDS.filter((id) => consent.has(id)));
  expect(decisionGrants(consent, decision, 'vk-ads')).toBe(true);
  expect(decisionGrants(consent, decision, 'yandex-metrica')).toBe(false);
});

test("another decision (the server's, before hydration) is read by its own lists", () => {
  const consent = createConsent({ policy, cookie: { name: 'grants-other' } });
  consent.acceptAll();
  const server: ConsentDecision = { ...consent.get()!, granted: ['analytics'], services: ['vk-ads'] };
  expect(IDS.filter((id) => decisionGrants(consent, server, id))).toEqual(['necessary', 'analytics', 'vk-ads']);
  // The instance's own decision (everything accepted) is answered by the instance, as before.
  expect(IDS.filter((id) => decisionGrants(consent, consent.get(), id))).toEqual(['necessary', 'analytics', 'yandex-metrica', 'marketing', 'vk-ads']);
});
