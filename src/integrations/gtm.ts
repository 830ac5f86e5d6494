import type { ConsentDecision, ConsentState } from '../core/consent-types';
import { dataLayerOf } from './data-layer';

/** The `dataLayer` event GTM triggers listen for: `kelisim_consent`. */
export const GTM_EVENT = 'kelisim_consent';

/**
 * The GTM event for a decision: `{ event: 'kelisim_consent', kelisim_method,
 * kelisim_<category>: 'granted' | 'denied' }`, one key per optional category, and one
 * `kelisim_<service>` per service granted now or listed in `services` (reported before: it
 * turns `denied`). A reset (no decision) reports every one denied, with method `reset`.
 */
export function gtmConsentEvent(
  decision: ConsentDecision | null,
  categories: readonly string[],
  services: readonly string[] = [],
): Record<string, string> {
  const event: Record<string, string> = { event: GTM_EVENT, kelisim_method: decision?.method ?? 'reset' };
  for (const id of categories) {
    event[`kelisim_${id}`] = decision?.granted.includes(id) ? 'granted' : 'denied';
  }
  for (const id of new Set([...services, ...(decision?.services ?? [])])) {
    event[`kelisim_${id}`] ??= decision?.services?.includes(id) ? 'granted' : 'denied';
  }
  return event;
}

/**
 * Push a `kelisim_consent` event into `dataLayer` for the stored decision now and for every
 * later change, so GTM triggers can fire tags. Returns the function that stops it.
 */
export function startGtmEvents(consent: ConsentState, win: object = globalThis): () => void {
  // Every service reported so far: a GTM variable keeps its last value, so a revoked one must say `denied`.
  const seen: string[] = [];
  const push = (decision: ConsentDecision | null) => {
    dataLayerOf(win).push(gtmConsentEvent(decision, consent.categories, seen));
    for (const id of decision?.services ?? []) if (!seen.includes(id)) seen.push(id);
  };
  const stored = consent.get();
  if (stored) push(stored);
  return consent.on('change', ({ decision }) => push(decision));
}
