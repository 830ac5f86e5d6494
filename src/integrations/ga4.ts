import type { ConsentState } from '../core/consent-types';
import type { GoogleAnalyticsOptions } from '../types';
import { createGtag } from './data-layer';
import { insertScript } from './script-tag';
import type { StartTracker } from './tracker-handle';

/** The consent category GA4 belongs to, and its service id in a policy (and the catalogue). */
const CATEGORY = 'analytics';
const SERVICE = 'google-analytics';

/** Whether GA4 may load: its service granted where the policy names it, else analytics granted. */
const granted = (consent: ConsentState) => consent.has(SERVICE) || consent.has(CATEGORY);

/**
 * Start Google Analytics 4 in basic Consent Mode: nothing loads until it is granted (its service
 * `google-analytics` where the policy names it, else analytics);
 * then gtag.js is inserted and `js` + `config` are pushed, once. Start Consent Mode first, so
 * its default precedes these commands in `dataLayer`. In GA4 turn off the enhanced-measurement
 * option "page changes based on browser history events", or route changes count twice.
 */
export const startGoogleAnalytics: StartTracker<GoogleAnalyticsOptions> = (consent, options, win = globalThis, doc = (win as Window).document, nonce) => {
  const gtag = createGtag(win);
  let loaded = false;

  const apply = () => {
    if (loaded || !granted(consent)) return;
    loaded = true;
    insertScript(doc, options.src ?? `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(options.id)}`, nonce);
    gtag('js', new Date());
    gtag('config', options.id);
  };

  apply();
  const stop = consent.on('change', apply);
  return {
    pageView(url) {
      if (loaded && granted(consent)) gtag('event', 'page_view', { page_location: url, send_to: options.id });
    },
    stop,
  };
};
