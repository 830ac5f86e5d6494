import type { GoogleAnalyticsOptions } from '../types';
import { createGtag } from './data-layer';
import { insertScript } from './script-tag';
import type { StartTracker } from './tracker-handle';
import { trackerGranted } from './tracker-granted';

/** GA4's service id in a policy (and the catalogue); its category is analytics. */
const SERVICE = 'google-analytics';

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
    if (loaded || !trackerGranted(consent, SERVICE)) return;
    loaded = true;
    insertScript(doc, options.src ?? `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(options.id)}`, nonce);
    gtag('js', new Date());
    gtag('config', options.id);
  };

  apply();
  const stop = consent.on('change', apply);
  return {
    pageView(url) {
      if (loaded && trackerGranted(consent, SERVICE)) gtag('event', 'page_view', { page_location: url, send_to: options.id });
    },
    stop,
  };
};
