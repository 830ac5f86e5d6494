import type { ConsentState } from '../core/consent-types';
import type { GoogleConsentModeOptions } from '../types';
import { createGtag, followDecisions } from './data-layer';

/** A Consent Mode value. */
export type ConsentModeValue = 'granted' | 'denied';

/** Consent Mode v2 signals and their values, e.g. `{ analytics_storage: 'granted', … }`. */
export type ConsentModeState = Record<string, ConsentModeValue>;

/** Which Consent Mode signals each category grants, when no `mapping` is configured. */
export const DEFAULT_CONSENT_MAPPING: Readonly<Record<string, readonly string[]>> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

/**
 * Google's own services, each with the category whose signals it grants when the policy names it
 * and the visitor granted it alone (its whole category grants them anyway).
 */
export const GOOGLE_SERVICES: Readonly<Record<string, string>> = { 'google-analytics': 'analytics', 'google-ads': 'marketing' };

/** The seven Consent Mode v2 signals, each present in every state Kelisim sends. */
const SIGNALS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Signals a site may need without asking: they are granted when no optional category covers them. */
const NECESSARY_SIGNALS = ['functionality_storage', 'personalization_storage', 'security_storage'];

/**
 * The Consent Mode state for a set of granted categories. A signal is granted when a granted
 * category maps to it; a signal mapped from a category the policy does not ask about counts as
 * necessary (granted for functionality/personalization, never for ads or analytics);
 * `security_storage` is always granted.
 */
export function consentModeState(
  granted: readonly string[],
  mapping: Readonly<Record<string, readonly string[]>> = DEFAULT_CONSENT_MAPPING,
  optionalCategories: readonly string[] = Object.keys(mapping),
): ConsentModeState {
  const state: ConsentModeState = {};
  for (const signal of SIGNALS) state[signal] = 'denied';
  for (const [category, signals] of Object.entries(mapping)) {
    const optional = optionalCategories.includes(category);
    for (const signal of signals) {
      const on = optional ? granted.includes(category) : NECESSARY_SIGNALS.includes(signal);
      if (on) state[signal] = 'granted';
      else state[signal] ??= 'denied';
    }
  }
  state.security_storage = 'granted';
  return state;
}

/**
 * Start Google Consent Mode v2: push `consent default` (and the `set` commands configured) into
 * `dataLayer` now, `consent update` for a stored decision right after, and an update on every
 * change. Call it before any Google tag is inserted. Returns the function that stops updating.
 */
export function startConsentMode(
  consent: ConsentState,
  options: GoogleConsentModeOptions = {},
  win: object = globalThis,
): () => void {
  const gtag = createGtag(win);
  const mapping = options.mapping ?? DEFAULT_CONSENT_MAPPING;
  // `consent.has` already answers for the decision being reported: the state changes before it reports.
  const state = (granted: readonly string[]) =>
    consentModeState([...granted, ...Object.keys(GOOGLE_SERVICES).filter(consent.has).map((id) => GOOGLE_SERVICES[id]!)], mapping, consent.categories);

  gtag('consent', 'default', {
    ...state([]),
    wait_for_update: options.waitForUpdate ?? 500,
    ...(options.region?.length ? { region: options.region } : {}),
  });
  if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true);

  // A stored decision is applied in the same tick, before any tag reads the default.
  return followDecisions(consent, (decision) => gtag('consent', 'update', state(decision?.granted ?? [])));
}
