import type { Duration, Retention } from './retention-types';

// Amounts of time (./retention-types) and a policy's problems (./problem-types) have files of
// their own; every policy type is still imported from here.
export type { Duration, Retention, RetentionLimit, RetentionPeriod, RetentionRule, TimeUnit } from './retention-types';
export type { PolicyProblem, ProblemLevel } from './problem-types';

/** A language Kelisim speaks: Kazakh, Russian, English. */
export type Lang = 'kk' | 'ru' | 'en';

/** Every language Kelisim speaks, Kazakh first. */
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** The version of the policy format this library reads (the `version` field). */
export const POLICY_FORMAT_VERSION = 2;

/** A human-readable text in all three languages. */
export interface Localized {
  kk: string;
  ru: string;
  en: string;
}

/** The legal ground for processing (Law 94-V art. 7–9). */
export type LegalGround = 'consent' | 'contract' | 'legal-obligation' | 'legitimate-interest';

/**
 * Where data go: an ISO 3166-1 alpha-2 code (`"KZ"`), several (`["DE", "US"]`), or `"unknown"`
 * when the provider does not say (shown as a cross-border transfer). Anything but `KZ` alone is a
 * cross-border transfer.
 */
export type Countries = string | string[];

/** A site or mobile app the policy applies to. */
export interface Property {
  /** `website` or `app` (a mobile app). */
  kind: 'website' | 'app';
  /** Its name as visitors know it, e.g. "dala-market.kz" or "Dala Market for Android". */
  name: string;
  /** Its address: the site, or the app's store page (http or https). */
  url?: string;
}

/** The operator (owner) of the personal data: who runs the site. */
export interface Operator {
  /** Legal name, e.g. «ЖШС «Qoldau»» / «ТОО «Qoldau»» / "Qoldau LLP". */
  name: Localized;
  /** BIN or IIN: 12 digits with a valid check digit. */
  bin: string;
  /** Registered address. */
  address: Localized;
  /** Contact e-mail for data-subject requests; this or `contactUrl` (or both) is required. */
  email?: string;
  /** A contact form or personal account page for data-subject requests (http or https). */
  contactUrl?: string;
  /** Contact phone, international format. */
  phone?: string;
  /** Where the full privacy policy is published (http or https). */
  policyUrl: string | Localized;
  /** The sites and mobile apps the policy applies to. */
  properties?: Property[];
}

/** A cookie (or a family of cookies sharing a prefix) that a service sets. */
export interface CookieInfo {
  /** The cookie's name, or its prefix when `prefix` is true (`_ga_` for `_ga_ABC123`). */
  name: string;
  /** True when `name` is a prefix. @default false */
  prefix?: boolean;
  /** How long it lives: a duration, or 'session'. */
  lifetime: Duration | 'session';
  /** What it is for. */
  purpose: Localized;
  /** Path it is set on. @default '/' */
  path?: string;
  /**
   * The domain it is set on when that is the provider's, e.g. `.doubleclick.net` (a third-party
   * cookie): shown to the visitor, and left out of the clean-up, which cannot reach it.
   * @default the site's own domain
   */
  domain?: string;
}

/** A kind of technology other than cookies. */
export type TechnologyKind = 'pixel' | 'local-storage' | 'session-storage' | 'sdk';

/** A pixel (web beacon), a localStorage/sessionStorage key, or an SDK a service uses. */
export interface Technology {
  /** `pixel`, `local-storage`, `session-storage` or `sdk`. */
  kind: TechnologyKind;
  /** The storage key (or its prefix when `prefix` is true), the pixel's or the SDK's name. */
  name: string;
  /** True when `name` is a prefix of storage keys. @default false */
  prefix?: boolean;
  /** What it is for. */
  purpose: Localized;
}

/** A service (script, embed, processor) that works within one consent category. */
export interface Service {
  /** Stable id, unique in the policy, e.g. `yandex-metrica`. */
  id: string;
  /** Display name, e.g. "Yandex Metrica". */
  name: string;
  /** Who provides it, e.g. «Яндекс» ЖШҚ / ООО «Яндекс» / Yandex LLC. */
  provider: Localized;
  /** Where the data go; anything but `KZ` is a cross-border transfer. */
  country: Countries;
  /** What the service does with the data. */
  description?: Localized;
  /** Cookies it sets. */
  cookies: CookieInfo[];
  /** Pixels, storage keys and SDKs it uses besides cookies. */
  technologies?: Technology[];
}

/** A consent category: `necessary` (always on) or an optional one the visitor chooses. */
export interface Category {
  /** `necessary`, `analytics`, `marketing`, `functional`, or any other lower-case id. */
  id: string;
  title: Localized;
  description: Localized;
  services: Service[];
}

/** A kind of data the operator processes, e.g. name, IIN, IP address, agronomic data. */
export interface DataCategory {
  /** Stable id, e.g. `iin`, `ip-address`, `agronomic`. */
  id: string;
  title: Localized;
  /** False for non-personal data (e.g. weather, livestock counts). @default true */
  personal?: boolean;
}

/** Why data are processed, on which ground, for how long, and under which consent category. */
export interface Purpose {
  /** Stable id, unique among purposes. */
  id: string;
  /** The purpose in words. */
  title: Localized;
  /** Ids of the data categories processed for it. */
  data: string[];
  /** The legal ground; may be left out only when every data category of the purpose is non-personal. */
  ground?: LegalGround;
  /** How long the data are kept; may be left out only when every data category is non-personal. */
  retention?: Retention;
  /**
   * The consent category (or categories) it belongs to: `necessary` for non-consent grounds, an
   * optional category for consent asked in the banner. A list means every category in it must be
   * granted. Left out for consent given elsewhere (`consentIn`).
   */
  category?: string | string[];
  /** Where consent for this purpose is given outside the banner (a form, registration, a signed contract). */
  consentIn?: Localized;
  /** How to withdraw consent given outside the banner (`consentIn`), e.g. "the unsubscribe link in every e-mail". */
  withdrawIn?: Localized;
}

/** Someone outside the operator who receives data: a processor or a third party. */
export interface Recipient {
  name: Localized;
  /** What they do with the data. */
  role: Localized;
  /** Where the data go; anything but `KZ` is a cross-border transfer. */
  country: Countries;
  /** Ids of the data categories they receive (all of them when left out). */
  data?: string[];
  /** Ids of the purposes they receive data for (all of them when left out). */
  purposes?: string[];
  /** When, or which part, they receive, e.g. "only on a lawful request of a state body". */
  scope?: Localized;
}

/** The authorised body for personal-data complaints. */
export interface Authority {
  name: Localized;
  /** Its website or complaint service (http or https). */
  url?: string;
}

/** A policy change announced ahead of the date it takes effect. */
export interface UpcomingChange {
  /** The revision that will apply. */
  revision: string;
  /** ISO date (YYYY-MM-DD) from which it applies. */
  date: string;
  /** What changes. */
  summary: Localized;
}

/** Whether special categories of data (race, nationality, political views, religion, health, biometrics) are processed. */
export interface SpecialCategories {
  /** True when any of them is processed. */
  processed: boolean;
  /** The policy's statement about them. */
  statement: Localized;
}

/** A site's privacy policy as Kelisim shows it: written once by the site owner. */
export interface Policy {
  /** JSON Schema reference for editors. */
  $schema?: string;
  /** The version of the policy format: 2 (this one); a policy without it is read as version 1. */
  version?: 1 | 2;
  /** The policy revision; derived from a hash of the material content when omitted. */
  revision?: string;
  /** ISO date (YYYY-MM-DD) this revision took effect. */
  effective?: string;
  operator: Operator;
  /** One or two sentences for the banner (up to about 300 characters); built from the purposes when omitted. */
  summary?: Localized;
  /** A statement that using the site means accepting the policy; the banner still asks for every optional category. */
  impliedAcceptance?: Localized;
  /** Consent categories; must include `necessary`. */
  categories: Category[];
  dataCategories: DataCategory[];
  /** Where the data come from: the visitor, partners, public sources, … */
  dataSources?: Localized[];
  /** Whose data they are: the user, a company's representative, family members, … */
  dataSubjects?: Localized[];
  purposes: Purpose[];
  /** Processors and third parties that receive data. */
  recipients?: Recipient[];
  /** Whether special categories of data are processed. */
  specialCategories?: SpecialCategories;
  /** The data subject's rights, one item each (Law 94-V art. 24). */
  rights: Localized[];
  authority: Authority;
  /** How cross-border transfer (art. 16) is handled. */
  crossBorder: Localized;
  /** Where the databases are kept (art. 12): in Kazakhstan, or also / only elsewhere. */
  localisation: Localized;
  /** The standing change clause: how the policy may change and where a new version is posted. */
  changes?: Localized;
  /** A change announced ahead of its date. */
  upcoming?: UpcomingChange;
}
