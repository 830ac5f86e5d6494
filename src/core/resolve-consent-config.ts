import { serviceCategories, type ServiceCategories } from './consent-services';
import type { ConsentConfig } from './consent-types';
import { LANGS, type Lang } from './policy-types';

/** Where the decision cookie is kept, every default filled in. */
export interface ResolvedCookieOptions {
  name: string;
  domain?: string;
  path: string;
  days: number;
  secure: boolean;
}

/** `ConsentConfig` with the revision and categories worked out and every default filled in. */
export interface ResolvedConsentConfig {
  revision: string;
  /** Optional category ids (never `necessary`). */
  categories: string[];
  /** Each service's optional category; none where the services are not known (the loader). */
  services?: ServiceCategories;
  cookie: ResolvedCookieOptions;
  lang: Lang;
  gpc: boolean;
  dnt: boolean;
}

/** Throws unless `lang` is one Kelisim speaks. */
export function assertLang(lang: string): asserts lang is Lang {
  if (!LANGS.includes(lang as Lang)) {
    throw new Error(`Kelisim: unknown language "${lang}"; use one of ${LANGS.join(', ')}.`);
  }
}

/**
 * Every default filled in, nothing checked (`revision` and `categories` must be there): the
 * loader's part, so its bytes carry none of the messages. A bad value there only makes stored
 * decisions read as none, and the widget, which asks, reports it (`checkConsentConfig`).
 */
export function withConsentDefaults(config: Omit<ConsentConfig, 'policy'> & { revision: string; categories: string[] }): ResolvedConsentConfig {
  const { cookie = {}, lang = 'kk', gpc = true, dnt = false, revision, categories: ids, services } = config;
  return {
    revision,
    categories: ids.filter((id, i) => id !== 'necessary' && ids.indexOf(id) === i),
    services,
    cookie: {
      name: cookie.name ?? 'kelisim',
      domain: cookie.domain,
      path: cookie.path ?? '/',
      days: cookie.days ?? 182,
      secure: cookie.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:'),
    },
    lang,
    gpc,
    dnt,
  };
}

/** Throws, with what to write instead, unless the language and the cookie lifetime are usable. */
export function checkConsentConfig(resolved: ResolvedConsentConfig): ResolvedConsentConfig {
  assertLang(resolved.lang);
  const { days } = resolved.cookie;
  if (!(days > 0)) throw new Error(`Kelisim: cookie.days must be a positive number of days, not ${days}.`);
  return resolved;
}

/** The one place consent defaults live: cookie `kelisim` on `/` for 182 days, Secure on https, Kazakh, GPC honoured, DNT not. */
export function resolveConsentConfig(config: ConsentConfig): ResolvedConsentConfig {
  const { policy, revision } = config;
  const categories = config.categories ?? policy?.categories.map((c) => c.id);
  if (!revision || !categories) {
    throw new Error('Kelisim: createConsent needs `policy`, or `revision` together with `categories`.');
  }
  const services = config.services ?? (policy ? serviceCategories(policy) : {});
  const resolved = withConsentDefaults({ ...config, revision, categories, services });
  // (The script tag's widget needs no such check: a policy's ids are validated, and the tag's must equal them.)
  const bad = resolved.categories.find((id) => !/^[a-z][a-z0-9-]*$/.test(id));
  if (bad !== undefined) {
    throw new Error(`Kelisim: category id "${bad}" must be lower-case letters, digits and dashes, starting with a letter (e.g. "analytics").`);
  }
  return checkConsentConfig(resolved);
}
