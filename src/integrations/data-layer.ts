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
