import type { ServiceCategories } from './consent-services';
import type { Lang, Policy } from './policy-types';

/** How a decision was given. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** The visitor's stored decision. `necessary` is always granted and never listed. */
export interface ConsentDecision {
  /** Optional category ids the visitor granted: each with all its services (or, having none, itself). */
  granted: string[];
  /**
   * Service ids the visitor granted, alone or with their whole category (`[]` in a decision
   * stored before services could be chosen: there a granted category grants its services).
   */
  services?: string[];
  /** Optional category ids the visitor was asked about (a new one asks again). */
  categories: string[];
  /** Policy revision the decision was made on. */
  revision: string;
  /** When it was decided, ms since the epoch. */
  decidedAt: number;
  /** Random consent id (UUID v4): the key of the consent receipt. */
  id: string;
  /** Language the visitor read the policy in. */
  lang: Lang;
  method: ConsentMethod;
}

/** What a change did: the new and the previous decision, and which categories flipped. */
export interface ConsentChange {
  decision: ConsentDecision | null;
  previous: ConsentDecision | null;
  /** Optional categories granted by this change. */
  granted: string[];
  /** Optional categories revoked by this change (withdrawal). */
  revoked: string[];
  /** Services granted by this change (always there in the changes Kelisim reports). */
  grantedServices?: string[];
  /** Services revoked by this change. */
  revokedServices?: string[];
}

/** Events a consent instance reports, by name; each also fires on `window` as `kelisim:<name>`. */
export interface ConsentEvents {
  /** The instance is ready; the stored decision, if any. */
  ready: ConsentDecision | null;
  /** The visitor made a decision (in this tab). */
  consent: ConsentDecision;
  /** Anything changed: a decision, a withdrawal, a reset, another tab's decision. */
  change: ConsentChange;
  /** Optional categories were revoked (a withdrawal, here or in another tab): `{ revoked }`. */
  withdraw: { revoked: string[] };
  /** The language was switched (`setLang` with another language): the widget's, the next decision's. */
  language: { lang: Lang };
}

/** Where and how long the decision cookie is kept. */
export interface CookieOptions {
  /** Cookie name. @default 'kelisim' */
  name?: string;
  /** Domain, for sharing the decision with subdomains (`example.kz`). @default current host */
  domain?: string;
  /** @default '/' */
  path?: string;
  /** Lifetime in days. @default 182 (6 months) */
  days?: number;
  /** Secure flag. @default true on https pages */
  secure?: boolean;
}

/** Options of `createConsent`. Either `policy`, or `revision` with `categories`. */
export interface ConsentConfig {
  /** The validated policy: gives the revision and the optional categories. */
  policy?: Policy;
  /** The policy revision, when no policy is given (the loader's fast path). */
  revision?: string;
  /** Optional category ids, when no policy is given. */
  categories?: string[];
  /** Each service's optional category (service id → category id), when no policy is given. @default none */
  services?: ServiceCategories;
  cookie?: CookieOptions;
  /** Language recorded with a decision. @default 'kk' */
  lang?: Lang;
  /** Honour Global Privacy Control: decline optional categories when it is on. @default true */
  gpc?: boolean;
  /** Treat Do Not Track like GPC. @default false */
  dnt?: boolean;
}

/**
 * Choices for `set`: the granted ids, or a map of id → granted. An id is a category (all its
 * services) or a service; in a map, a service's own value wins over its category's.
 */
export type ConsentChoices = string[] | Record<string, boolean>;

/** The read side of a consent instance: all a page needs while nobody decides (the loader's part). */
export interface ConsentState {
  /** The policy revision decisions are made on. */
  readonly revision: string;
  /** The optional category ids. */
  readonly categories: readonly string[];
  /** The current valid decision, or null when the visitor must be asked. */
  get(): ConsentDecision | null;
  /**
   * Whether a category is granted now (`necessary` always is; a category with services only
   * when every one is), or a service: granted alone or with its whole category.
   */
  has(id: string): boolean;
  /** Re-read the stored decision (another tab may have changed it); reports a change if so. */
  refresh(): void;
  /** Listen to an event; returns the function that stops listening. */
  on<K extends keyof ConsentEvents>(event: K, cb: (detail: ConsentEvents[K]) => void): () => void;
}

/** A consent instance: read, decide, withdraw, listen. */
export interface Consent extends ConsentState {
  /** Grant every optional category. */
  acceptAll(): ConsentDecision;
  /** Decline every optional category. */
  rejectAll(): ConsentDecision;
  /** Grant exactly the chosen optional categories and services. */
  set(choices: ConsentChoices): ConsentDecision;
  /** Withdraw all optional consent (stored as a decision that grants nothing). */
  withdraw(): ConsentDecision;
  /** Forget the decision: the visitor will be asked again. */
  reset(): void;
  /** The language recorded with the next decision. */
  setLang(lang: Lang): void;
}
