import type { ConsentDecision, ConsentState } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { clearCookies, cookiesToClear } from './cookie-cleanup';

/**
 * Delete the cookies of declined categories now (when there is a decision) and after every
 * later decision: those the policy's services declare and the well-known tracker cookies.
 * Returns the function that stops it.
 */
export function startCookieCleanup(
  consent: ConsentState,
  policy: Policy | undefined,
  doc: Document = globalThis.document,
): () => void {
  const clean = (decision: ConsentDecision | null) => {
    const declined = consent.categories.filter((id) => !decision?.granted.includes(id));
    if (decision && declined.length) clearCookies(cookiesToClear(policy, declined), doc);
  };
  clean(consent.get());
  return consent.on('change', ({ decision }) => clean(decision));
}
