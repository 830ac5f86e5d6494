import type { Countries, Duration, Localized } from '../core/policy-types';

/** The consent category a catalogue service belongs to by default. */
export type CatalogueCategory = 'analytics' | 'marketing' | 'functional';

/** A cookie a catalogue service sets, as its provider documents it. */
export interface CatalogueCookie {
  /** The cookie's name, or its prefix when `prefix` is true. */
  name: string;
  /** True when `name` is a prefix (`_ga_` for `_ga_ABC123`). */
  prefix?: boolean;
  /** How long it lives. */
  lifetime: Duration | 'session';
  /** What it is for. */
  purpose: Localized;
  /** The provider's domain when it is a third-party cookie (`.yandex.ru`); none for a first-party one. */
  domain?: string;
}

/** A localStorage / sessionStorage key (or key prefix) a catalogue service writes. */
export interface CatalogueStorage {
  kind: 'local-storage' | 'session-storage';
  name: string;
  prefix?: boolean;
  purpose: Localized;
}

/** One third-party service common on Kazakh sites: what it sets, where it connects, how to gate it. */
export interface CatalogueService {
  /** Stable id, also the service id a policy draft uses, e.g. `yandex-metrica`. */
  id: string;
  name: string;
  provider: Localized;
  /** Where the data go. */
  country: Countries;
  category: CatalogueCategory;
  description: Localized;
  /** Host names it connects to; a request to a host or any subdomain of it counts. */
  hosts: string[];
  cookies: CatalogueCookie[];
  storage?: CatalogueStorage[];
  /** How to hold it back until consent, in English (e.g. which Kelisim option or gated tag). */
  gating: string;
  /** The provider's documentation the cookie facts come from. */
  source: string;
}
