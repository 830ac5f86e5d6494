import { createConsentState } from './consent-state';
import { createConsentStorage } from './consent-storage';
import type { Consent, ConsentConfig, ConsentEvents } from './consent-types';
import { addConsentWrites } from './consent-writes';
import type { DefinedPolicy, TypedConsent } from './define-policy';
import { resolveConsentConfig } from './resolve-consent-config';
import { policyRevision } from './revision';

/** A consent instance for a `definePolicy` policy: `has` and `set` accept only its category ids. */
export function createConsent<C extends string, S extends string>(config: ConsentConfig & { policy: DefinedPolicy<C, S> }): TypedConsent<C, S>;
/** A consent instance over the decision cookie; instances share nothing but that cookie. */
export function createConsent(config: ConsentConfig): Consent;
export function createConsent(config: ConsentConfig): Consent {
  const resolved = resolveConsentConfig({
    ...config,
    revision: config.revision ?? (config.policy && policyRevision(config.policy)),
  });
  const storage = createConsentStorage(resolved.cookie);
  const consent = addConsentWrites(createConsentState(resolved, storage.read), resolved, storage);
  // `withdraw` is a change that revokes categories (the window hears it as `kelisim:withdraw`
  // from startIntegrations, cancelable there).
  const on = consent.on;
  consent.on = <K extends keyof ConsentEvents>(event: K, cb: (detail: ConsentEvents[K]) => void) =>
    event === 'withdraw'
      ? on('change', ({ revoked }) => revoked.length && (cb as (d: ConsentEvents['withdraw']) => void)({ revoked }))
      : on(event, cb);
  return consent;
}
