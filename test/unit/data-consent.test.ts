import { expect, test } from 'vitest';
import { dataConsent } from '../../src/core/data-consent';
import type { Policy } from '../../src/core/policy-types';
import { policy } from '../fixtures/typed-policy';

test("dataConsent joins the policy's category and service ids", () => {
  expect(dataConsent(policy, 'analytics')).toBe('analytics');
  expect(dataConsent(policy, 'yandex-metrica', 'marketing')).toBe('yandex-metrica marketing');
});

test('an id the policy does not have throws a Kelisim error naming it and the known ids', () => {
  const untyped = policy as Policy;
  expect(() => dataConsent(untyped, 'youtube')).toThrow(/^Kelisim: .*not: youtube\. Known: necessary, site, analytics, yandex-metrica/);
  expect(() => (dataConsent as (p: Policy) => string)(untyped)).toThrow(/\(none given\)/);
});
