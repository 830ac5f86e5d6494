import type { ConsentDecision, ConsentState } from '../core/consent-types';
import { dataLayerOf, followDecisions } from './data-layer';

/** The `dataLayer` event GTM triggers listen for: `kelisim_consent`. */
export const GTM_EVENT = 'kelisim_consent';

/**
 * The GTM event for a decision: `{ event: 'kelisim_consent', kelisim_method,
 * kelisim_<category>: 'granted' | 'denied' }`, one key per optional category, and one
 * `kelisim_<service>` per service granted now or by the `previous` decision (a GTM variable keeps
 * its last value: a revoked service must say `denied`). A reset (no decision) reports every one
 * denied, with method `reset`.
 */
export function gtmConsentEvent(
  decision: ConsentDecision | null,
  categories: readonly string[],
  previous?: ConsentDecision | null,
): Record<string, string> {
  const event: Record<string, string> = { event: GTM_EVENT, kelisim_method: decision?.method ?? 'reset' };
  for (const id of categories) {
    event[`kelisim_${id}`] = decision?.granted.includes(id) ? 'granted' : 'denied';
  }
  for (const id of [...(previous?.services ?? []), ...(decision?.services ?? [])]) {
    event[`kelisim_${id}`] ??= decision?.services?.includes(id) ? 'granted' : 'denied';
  }
  return event;
}

/**
 * Push a `kelisim_consent` event into `dataLayer` for the stored decision now and for every
 * later change, so GTM triggers can fire tags. Returns the function that stops it.
 */
export function startGtmEvents(consent: ConsentState, win: object = globalThis): () => void {
  return followDecisions(consent, (decision, previous) => dataLayerOf(win).push(gtmConsentEvent(decision, consent.categories, previous)));
}
