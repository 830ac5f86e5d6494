import type { ConsentState } from '../core/consent-types';

/**
 * Whether a tracker may run: its service (`google-analytics`, `yandex-metrica`) granted where
 * the policy names it, alone or with its category, or, where the policy names no such service,
 * analytics granted.
 */
export const trackerGranted = (consent: Pick<ConsentState, 'has'>, service: string): boolean => consent.has(service) || consent.has('analytics');
