import type { ConsentDecision, ConsentState } from '../core/consent-types';

/**
 * Call `report` for the stored decision now (when there is one) and for every later change, with
 * the decision before it. Returns the function that stops it.
 */
export function followDecisions(consent: ConsentState, report: (decision: ConsentDecision | null, previous?: ConsentDecision | null) => void): () => void {
  const stored = consent.get();
  if (stored) report(stored);
  return consent.on('change', ({ decision, previous }) => report(decision, previous));
}

/** A page that may hold Google's `dataLayer` queue. */
export interface DataLayerHost {
  dataLayer?: unknown[];
}

/** The `gtag()` command function: every call becomes one `dataLayer` entry. */
export type Gtag = (...args: unknown[]) => void;

/** The page's `dataLayer`, created when missing; an existing array (the host's own) is kept. */
export function dataLayerOf(win: object): unknown[] {
  return ((win as DataLayerHost).dataLayer ??= []);
}

/**
 * A private `gtag()` that pushes its real `arguments` object, as Google's snippet does.
 * It never defines `window.gtag`, so a host's own `gtag` stays untouched.
 */
export function createGtag(win: object): Gtag {
  return function gtag() {
    // gtag.js reads Arguments objects only: a plain array (rest parameters) is silently
    // ignored and consent shows as "not configured" (https://github.com/nuxt/scripts/issues/770).
    // eslint-disable-next-line prefer-rest-params
    dataLayerOf(win).push(arguments);
  };
}
