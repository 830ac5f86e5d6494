import type { ConsentDecision, ConsentState } from './consent-types';

/**
 * Whether `decision` grants `id` (a category id, or a service id): `necessary` always does, no
 * decision grants nothing else. For `consent`'s own current decision, `consent.has(id)` answers
 * (it knows which category each service is in); for another one, e.g. the server's decision
 * before hydration, the decision's own lists: the category granted whole, or the service granted.
 * What `useConsent(id)` of `kelisim/react` and `kelisim/vue` answers.
 */
export function decisionGrants(consent: Pick<ConsentState, 'get' | 'has'>, decision: ConsentDecision | null, id: string): boolean {
  if (id === 'necessary') return true;
  if (!decision) return false;
  return decision === consent.get() ? consent.has(id) : decision.granted.includes(id) || !!decision.services?.includes(id);
}
