/** A language Kelisim speaks: Kazakh, Russian, English. */
export type Lang = 'kk' | 'ru' | 'en';

/** Every language Kelisim speaks, Kazakh first. */
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** A human-readable text in all three languages. */
export interface Localized {
  kk: string;
  ru: string;
  en: string;
}

/** A unit of time for lifetimes and retention periods. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** An amount of time, e.g. `{ amount: 2, unit: 'year' }`. */
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

/** The legal ground for processing (Law 94-V art. 7–9). */
export type LegalGround = 'consent' | 'contract' | 'legal-obligation' | 'legitimate-interest';

/**
 * How long data are kept: an amount of time, optionally counted from an event
 * (`{ amount: 1, unit: 'year', after: { kk: 'мүшелік тоқтатылғаннан', ru: 'прекращения членства',
 * en: 'membership ends' } }`: the event as it follows «кейін» / «после» / "after"), or a rule in words
 * (`{ rule: { en: 'until the purpose is achieved', … } }`).
 */
export type Retention = (Duration & { after?: Localized }) | { rule: Localized };

/** The operator (owner) of the personal data: who runs the site. */
export interface Operator {
  /** Legal name, e.g. «ЖШС «Qoldau»» / «ТОО «Qoldau»» / "Qoldau LLP". */
  name: Localized;
  /** BIN or IIN: 12 digits with a valid check digit. */
  bin: string;
  /** Registered address. */
  address: Localized;
  /** Contact e-mail for data-subject requests. */
  email: string;
  /** Contact phone, international format. */
  phone?: string;
  /** Where the full privacy policy is published (http or https). */
  policyUrl: string | Localized;
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
}

/** A service (script, embed, processor) that works within one consent category. */
export interface Service {
  /** Stable id, unique in the policy, e.g. `yandex-metrica`. */
  id: string;
  /** Display name, e.g. "Yandex Metrica". */
  name: string;
  /** Who provides it, e.g. «Яндекс» ЖШҚ / ООО «Яндекс» / Yandex LLC. */
  provider: Localized;
  /** ISO 3166-1 alpha-2 country the data go to; anything but `KZ` is a cross-border transfer. */
  country: string;
  /** What the service does with the data. */
  description?: Localized;
  /** Cookies it sets on the site's domain. */
  cookies: CookieInfo[];
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
  ground: LegalGround;
  retention: Retention;
  /** The consent category this purpose belongs to (`necessary` for non-consent grounds). */
  category: string;
  /** Where consent for this purpose is given outside the banner (a form, registration, a signed contract); required for a consent purpose in `necessary`. */
  consentIn?: Localized;
}

/** Someone outside the operator who receives data: a processor or a third party. */
export interface Recipient {
  name: Localized;
  /** What they do with the data. */
  role: Localized;
  /** ISO 3166-1 alpha-2 country; anything but `KZ` is a cross-border transfer. */
  country: string;
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

/** A site's privacy policy as Kelisim shows it: written once by the site owner. */
export interface Policy {
  /** JSON Schema reference for editors. */
  $schema?: string;
  /** The policy revision; derived from a hash of the material content when omitted. */
  revision?: string;
  /** ISO date (YYYY-MM-DD) this revision took effect. */
  effective?: string;
  operator: Operator;
  /** One or two sentences for the banner; built from the purposes when omitted. */
  summary?: Localized;
  /** Consent categories; must include `necessary`. */
  categories: Category[];
  dataCategories: DataCategory[];
  purposes: Purpose[];
  /** Processors and third parties that receive data. */
  recipients?: Recipient[];
  /** The data subject's rights, one item each (Law 94-V art. 24). */
  rights: Localized[];
  authority: Authority;
  /** How cross-border transfer (art. 16) is handled. */
  crossBorder: Localized;
  /** Where the databases are kept (art. 12: in Kazakhstan). */
  localisation: Localized;
  /** A change announced ahead of its date. */
  upcoming?: UpcomingChange;
}

/** One problem in a policy: where it is (JSON path) and what to write instead. */
export interface PolicyProblem {
  /** JSON path, e.g. `$.categories[1].services[0].country`. */
  path: string;
  message: string;
}
