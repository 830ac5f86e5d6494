import { createConsentState } from './consent-state';
import { createConsentStorage } from './consent-storage';
import type { Consent, ConsentConfig } from './consent-types';
import { addConsentWrites } from './consent-writes';
import { resolveConsentConfig } from './resolve-consent-config';
import { policyRevision } from './revision';

/** A consent instance over the decision cookie; instances share nothing but that cookie. */
export function createConsent(config: ConsentConfig): Consent {
  const resolved = resolveConsentConfig({
    ...config,
    revision: config.revision ?? (config.policy && policyRevision(config.policy)),
  });
  const storage = createConsentStorage(resolved.cookie);
  return addConsentWrites(createConsentState(resolved, storage.read), resolved, storage);
}
