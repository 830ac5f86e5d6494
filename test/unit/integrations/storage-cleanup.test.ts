// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Policy, Technology } from '../../../src/core/policy-types';
import { startCookieCleanup } from '../../../src/integrations/start-cookie-cleanup';
import { clearStorage, storageKeysToClear } from '../../../src/integrations/storage-cleanup';
import policyJson from '../../fixtures/policy.json';
import { freshConsent } from './consent-fixture';

const purpose = { kk: 'x', ru: 'x', en: 'x' };
/** The sample policy with these technologies on its analytics service (Yandex Metrica). */
function withTechnologies(technologies: Technology[]): Policy {
  const policy = structuredClone(policyJson) as Policy;
  policy.categories[1]!.services[0]!.technologies = technologies;
  return policy;
}
const policy = withTechnologies([
  { kind: 'local-storage', name: '_ym_', prefix: true, purpose },
  { kind: 'session-storage', name: 'ym_visit', purpose },
  { kind: 'pixel', name: 'mc.yandex.ru/watch', purpose },
]);

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('storage keys of declined categories (issue 13)', () => {
  it('lists the storage keys a declined category declares, not pixels or SDKs', () => {
    expect(storageKeysToClear(policy, ['analytics'])).toEqual([
      { area: 'localStorage', name: '_ym_', prefix: true },
      { area: 'sessionStorage', name: 'ym_visit', prefix: false },
    ]);
    expect(storageKeysToClear(policy, ['marketing'])).toEqual([]);
    expect(storageKeysToClear(undefined, ['analytics'])).toEqual([]);
  });

  it('removes matching keys by name or prefix and leaves the rest', () => {
    localStorage.setItem('_ym_uid', '1');
    localStorage.setItem('_ym_retryReqs', '2');
    localStorage.setItem('cart', '3');
    sessionStorage.setItem('ym_visit', '4');
    sessionStorage.setItem('ym_visit_2', '5');
    expect(clearStorage(storageKeysToClear(policy, ['analytics']), window).sort()).toEqual(['_ym_retryReqs', '_ym_uid', 'ym_visit']);
    expect(Object.keys(localStorage)).toEqual(['cart']);
    expect(Object.keys(sessionStorage)).toEqual(['ym_visit_2']);
  });

  it('never throws when storage is blocked', () => {
    const blocked = { get localStorage(): Storage { throw new DOMException('blocked', 'SecurityError'); } } as unknown as Window;
    expect(clearStorage([{ area: 'localStorage', name: 'x', prefix: false }], blocked)).toEqual([]);
  });

  it('a rejection and a withdrawal remove them, a grant keeps them', () => {
    const consent = freshConsent();
    startCookieCleanup(consent, policy, document);
    consent.set(['analytics']);
    localStorage.setItem('_ym_uid', '1');
    consent.set(['analytics']);
    expect(localStorage.getItem('_ym_uid')).toBe('1');
    consent.set([]);
    expect(localStorage.getItem('_ym_uid')).toBeNull();
  });
});
