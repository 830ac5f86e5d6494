import type { Consent } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import type { KelisimConfig } from '../types';
import { resendPending } from './consent-log';
import { syncTabs } from './cross-tab';
import { startGoogleAnalytics } from './ga4';
import { startConsentMode } from './google-consent-mode';
import { startGtmEvents } from './gtm';
import { watchRouteChanges } from './page-views';
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
 * Start what the config enables, in the order trackers need: Google Consent Mode defaults first
 * and synchronously (with GTM events) when `googleConsentMode` or `googleAnalytics` is set, then
 * Yandex Metrica and GA4 (each loaded only after analytics consent), route-change page views,
 * cookie clean-up and the withdrawal event, tab sync, and the resend of undelivered receipts.
 */
export function startIntegrations(consent: Consent, config: KelisimConfig, env: IntegrationsEnv): Integrations {
  const { win, doc, nonce, policy } = env;
  const stops: (() => void)[] = [];
  const views: ((url: string) => void)[] = [];

  if (config.googleConsentMode || config.googleAnalytics) {
    const options = typeof config.googleConsentMode === 'object' ? config.googleConsentMode : {};
    stops.push(startConsentMode(consent, options, win), startGtmEvents(consent, win));
  }
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

  stops.push(startWithdrawal(consent, { policy, reloadOnWithdraw: config.reloadOnWithdraw }, win, doc));
  stops.push(syncTabs(consent, win));
  if (config.consentLog) void resendPending(config.consentLog, win);

  return { pageView, stop: () => stops.forEach((stop) => stop()) };
}
