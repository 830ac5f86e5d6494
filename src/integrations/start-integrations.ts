import type { ConsentState } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import type { KelisimConfig } from '../types';
import { resendPending } from './consent-log';
import { syncTabs } from './cross-tab';
import { startGoogleAnalytics } from './ga4';
import { startConsentMode } from './google-consent-mode';
import { startGtmEvents } from './gtm';
import { watchRouteChanges } from './page-views';
import { startCookieCleanup } from './start-cookie-cleanup';
import { startWithdrawal } from './withdrawal';
import { startYandexMetrica } from './yandex-metrica';

/** The page the integrations work on. */
export interface IntegrationsEnv {
  /** The window whose globals (`dataLayer`, `ym`, …) and events are used. */
  win: Window;
  /** The document trackers' scripts are inserted into and cookies are deleted from. */
  doc: Document;
  /** Nonce for the tracker scripts inserted under a strict CSP. */
  nonce?: string;
  /** The policy, for the cookies of each category (built-in lists only without it). */
  policy?: Policy;
}

/** The running integrations. */
export interface Integrations {
  /** Report a page view to the trackers consented to, unless `url` was just reported. @default url the current location */
  pageView(url?: string): void;
  /** Stop every integration (listeners, route watching, tab sync). */
  stop(): void;
}

/**
 * Start the signals the loader sends at once: Google Consent Mode defaults first and
 * synchronously (with GTM events) when `googleConsentMode` or `googleAnalytics` is set, the
 * withdrawal event and tab sync. Returns the function that stops them.
 */
export function startSignals(consent: ConsentState, config: KelisimConfig, env: IntegrationsEnv): () => void {
  const { win } = env;
  const stops = [startWithdrawal(consent, config.reloadOnWithdraw, win), syncTabs(consent, win)];
  if (config.googleConsentMode || config.googleAnalytics) {
    const options = typeof config.googleConsentMode === 'object' ? config.googleConsentMode : {};
    stops.unshift(startConsentMode(consent, options, win), startGtmEvents(consent, win));
  }
  return () => stops.forEach((stop) => stop());
}

/**
 * Start the trackers the config names — Yandex Metrica and GA4, each loaded only after
 * analytics consent — and their page views on route changes. Start the signals first, so the
 * Consent Mode default precedes any Google command.
 */
export function startTrackers(consent: ConsentState, config: KelisimConfig, env: IntegrationsEnv): Integrations {
  const { win, doc, nonce } = env;
  const stops: (() => void)[] = [];
  const views: ((url: string) => void)[] = [];
  for (const tracker of [
    config.yandexMetrica && startYandexMetrica(consent, config.yandexMetrica, win, doc, nonce),
    config.googleAnalytics && startGoogleAnalytics(consent, config.googleAnalytics, win, doc, nonce),
  ]) {
    if (tracker) stops.push(tracker.stop), views.push(tracker.pageView);
  }
  // The first page view is the trackers' own (sent at init); a URL just reported is not sent
  // again, so a router that also calls pageView() after a navigation counts once.
  let last = win.location.href;
  const pageView = (url = win.location.href) => {
    if (url === last) return;
    last = url;
    views.forEach((view) => view(url));
  };
  if (views.length) stops.push(watchRouteChanges(win, pageView));
  return { pageView, stop: () => stops.forEach((stop) => stop()) };
}

/**
 * Everything Kelisim integrates, for the npm entry: the signals, the trackers, and what needs
 * the policy — cookie clean-up of declined categories and the resend of undelivered consent
 * receipts. (The script tag starts the same pieces from its loader and its lazy bundles.)
 */
export function startIntegrations(consent: ConsentState, config: KelisimConfig, env: IntegrationsEnv): Integrations {
  const stopSignals = startSignals(consent, config, env);
  const trackers = startTrackers(consent, config, env);
  const stopCleanup = startCookieCleanup(consent, env.policy, env.doc);
  if (config.consentLog) void resendPending(config.consentLog, env.win);
  return { pageView: trackers.pageView, stop: () => (stopSignals(), trackers.stop(), stopCleanup()) };
}
