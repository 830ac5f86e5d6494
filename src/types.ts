import type { ConsentConfig } from './core/consent-types';
import type { Lang, Policy } from './core/policy-types';

export type * from './core/consent-types';
export type * from './core/policy-types';

/** Where the widget sits on the page. */
export type Layout = 'bar' | 'box' | 'modal';

/** Colour scheme: follow the visitor's system, or force one. */
export type Theme = 'auto' | 'light' | 'dark';

/** Google Consent Mode v2 options. */
export interface GoogleConsentModeOptions {
  /** Category → Consent Mode signals it grants. @default analytics → analytics_storage; marketing → ad_storage, ad_user_data, ad_personalization; functional → functionality_storage, personalization_storage */
  mapping?: Record<string, string[]>;
  /** ISO 3166 codes the default applies to. @default all regions */
  region?: string[];
  /** Milliseconds Google tags wait for an update. @default 500 */
  waitForUpdate?: number;
  /** `gtag('set','ads_data_redaction',…)` @default false */
  adsDataRedaction?: boolean;
  /** `gtag('set','url_passthrough',…)` @default false */
  urlPassthrough?: boolean;
}

/** Yandex Metrica counter, loaded only after analytics consent. */
export interface YandexMetricaOptions {
  /** Counter id. */
  id: number;
  /** Session replay; records form input, so say so in the policy. @default false */
  webvisor?: boolean;
  /** Script URL (tests use a local stub). @default 'https://mc.yandex.ru/metrika/tag.js' */
  src?: string;
  /** Any other `ym(id,'init',…)` options (clickmap, trackLinks, accurateTrackBounce, …). */
  init?: Record<string, unknown>;
}

/** Google Analytics 4, loaded only after analytics consent. */
export interface GoogleAnalyticsOptions {
  /** Measurement id, `G-XXXXXXX`. */
  id: string;
  /** Script URL (tests use a local stub). @default 'https://www.googletagmanager.com/gtag/js?id=<id>' */
  src?: string;
}

/** Where consent receipts are sent (keep that log in Kazakhstan: Law 94-V art. 12). */
export interface ConsentLogOptions {
  /** Endpoint that accepts a JSON receipt by POST. */
  url: string;
}

/** Everything a site configures: `window.kelisimConfig`, `data-*` attributes, or `mount()`. */
export interface KelisimConfig extends Omit<ConsentConfig, 'policy'> {
  /**
   * The policy, or the URL of its JSON. A URL with `{lang}` (`/kelisim/policy.{lang}.json`) names one
   * file per language (`kelisim build`, `policyForLanguage`): the widget fetches its language's file,
   * and another one when the visitor switches.
   */
  policy?: Policy | string;
  /** Interface language. @default detected: `<html lang>`, earlier choice, browser, then 'kk' */
  lang?: Lang;
  /** Order of languages to fall back to for a missing policy string. @default ['kk','ru','en'] */
  fallback?: Lang[];
  /** Show Kazakh and Russian together, Kazakh first. @default false */
  bilingual?: boolean;
  /** @default 'bar' */
  layout?: Layout;
  /** @default 'auto' */
  theme?: Theme;
  /** Show a small floating "cookie settings" button after a decision. @default true */
  floatingButton?: boolean;
  /** Nonce given to gated scripts under a strict CSP. @default the loader tag's nonce */
  nonce?: string;
  /** Reload the page after a withdrawal, since scripts that ran cannot be un-run. @default false */
  reloadOnWithdraw?: boolean;
  googleConsentMode?: boolean | GoogleConsentModeOptions;
  yandexMetrica?: YandexMetricaOptions;
  googleAnalytics?: GoogleAnalyticsOptions;
  consentLog?: ConsentLogOptions;
}
