import type { Consent, ConsentDecision } from './consent-types';

/**
 * The actions `useConsent()` of `kelisim/react` and of `kelisim/vue` gives, over the policy's
 * category (and service) ids `Id`; each binding adds the decision and `has` in its own reactive form.
 */
export interface ConsentActions<Id extends string> {
  acceptAll(): ConsentDecision;
  rejectAll(): ConsentDecision;
  /** Grant exactly the chosen optional categories. */
  set(choices: readonly (Id | 'necessary')[] | Partial<Record<Id, boolean>>): ConsentDecision;
  /** Withdraw all optional consent. */
  withdraw(): ConsentDecision;
  /** Forget the decision: the banner asks again. */
  reset(): void;
  /** Open the preferences dialog (once the widget is mounted). */
  openSettings(): void;
  /** The consent instance itself. */
  consent: Consent;
}
