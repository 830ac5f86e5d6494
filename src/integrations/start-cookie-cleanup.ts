import type { ConsentDecision, ConsentState } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { clearCookies, cookiesToClear } from './cookie-cleanup';
import { clearStorage, storageKeysToClear } from './storage-cleanup';

/**
 * Delete the cookies and storage keys of declined categories now (when there is a decision) and
 * after every later decision: the cookies the policy's services declare on the site's domains and
 * the well-known tracker cookies, and the localStorage/sessionStorage keys they declare.
 * Returns the function that stops it.
 */
export function startCookieCleanup(
  consent: ConsentState,
  policy: Policy | undefined,
  doc: Document = globalThis.document,
): () => void {
  const clean = (decision: ConsentDecision | null) => {
    const declined = consent.categories.filter((id) => !decision?.granted.includes(id));
    if (!decision || !declined.length) return;
    const hostname = doc.location?.hostname ?? '';
    clearCookies(cookiesToClear(policy, declined, hostname), doc, hostname);
    clearStorage(storageKeysToClear(policy, declined), doc.defaultView);
  };
  clean(consent.get());
  return consent.on('change', ({ decision }) => clean(decision));
}
