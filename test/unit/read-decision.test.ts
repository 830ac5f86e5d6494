// readDecision (a request's Cookie header → the decision, on the server) and consent.on('withdraw').
import { expect, test, vi } from 'vitest';
import { encodeDecision } from '../../src/core/consent-cookie';
import type { ConsentDecision } from '../../src/core/consent-types';
import { createConsent } from '../../src/core/create-consent';
import { readDecision } from '../../src/core/read-decision';
import { policyRevision } from '../../src/core/revision';
import { policy } from '../fixtures/typed-policy';

const decision = (over: Partial<ConsentDecision> = {}): ConsentDecision => ({
  granted: ['analytics'],
  categories: ['analytics', 'marketing'],
  revision: policyRevision(policy),
  decidedAt: Date.now(),
  id: '6f1c2a4e-8b9d-4c3e-9f10-123456789abc',
  lang: 'kk',
  method: 'custom',
  ...over,
});
/** A Cookie header as a browser sends it after js-cookie stored `value` (| kept, % escapes). */
const header = (value: string, name = 'kelisim') => `a=1; ${name}=${encodeURIComponent(value).replace(/%7C/g, '|')}; b=2`;

test('reads the decision from the header, also under another cookie name', () => {
  const stored = decision();
  // No service granted on its own: `services` is empty and has('yandex-metrica') answers by its category.
  const read = { ...stored, services: [] };
  expect(readDecision(header(encodeDecision(stored)), policy)).toEqual(read);
  expect(readDecision(header(encodeDecision(stored), 'consent'), policy, { cookie: { name: 'consent' } })).toEqual(read);
});

test('no decision for no header, another cookie, a tampered value, another revision or other categories', () => {
  expect(readDecision(undefined, policy)).toBeNull();
  expect(readDecision(null, policy)).toBeNull();
  expect(readDecision('', policy)).toBeNull();
  expect(readDecision('kelisimx=1', policy)).toBeNull();
  expect(readDecision(header('1|garbage'), policy)).toBeNull();
  expect(readDecision('kelisim=%E0%A4%A', policy)).toBeNull();
  expect(readDecision(header(encodeDecision(decision({ revision: 'old' }))), policy)).toBeNull();
  expect(readDecision(header(encodeDecision(decision({ categories: ['analytics'] }))), policy)).toBeNull();
  expect(readDecision(header(encodeDecision(decision({ decidedAt: Date.now() - 400 * 864e5 }))), policy)).toBeNull();
});

test("consent.on('withdraw') hears each revocation with the revoked ids, and stops when told", () => {
  vi.stubGlobal('document', undefined);
  const consent = createConsent({ policy });
  const heard = vi.fn();
  const stop = consent.on('withdraw', heard);
  consent.acceptAll();
  expect(heard).not.toHaveBeenCalled();
  consent.set(['marketing']);
  expect(heard).toHaveBeenLastCalledWith({ revoked: ['analytics'] });
  consent.withdraw();
  expect(heard).toHaveBeenLastCalledWith({ revoked: ['marketing'] });
  expect(heard).toHaveBeenCalledTimes(2);
  stop();
  consent.acceptAll();
  consent.rejectAll();
  expect(heard).toHaveBeenCalledTimes(2);
  vi.unstubAllGlobals();
});
