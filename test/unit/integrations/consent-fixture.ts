import type { Consent } from '../../../src/core/consent-types';
import { createConsent } from '../../../src/core/create-consent';

/** The optional categories most tests ask about. */
export const CATEGORIES = ['analytics', 'marketing', 'functional'];

/** A real consent instance (jsdom cookie jar) with no decision stored yet. */
export function freshConsent(categories: string[] = CATEGORIES): Consent {
  document.cookie = 'kelisim=; max-age=0; path=/';
  return createConsent({ revision: 'r1', categories });
}

/** A real consent instance that finds `granted` already stored, as on a returning visit. */
export function returningConsent(granted: string[], categories: string[] = CATEGORIES): Consent {
  freshConsent(categories).set(granted);
  return createConsent({ revision: 'r1', categories });
}

/** `dataLayer` entries as plain arrays, for comparing `gtag()` calls. */
export function commands(dataLayer: unknown[]): unknown[][] {
  return dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>));
}

/** Whether an entry is a real `arguments` object, the only kind gtag.js reads. */
export const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
