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

/** The one place consent defaults live: cookie `kelisim` on `/` for 182 days, Secure on https, Kazakh, GPC honoured, DNT not. */
export function resolveConsentConfig(config: ConsentConfig): ResolvedConsentConfig {
  const { policy, cookie = {}, lang = 'kk', gpc = true, dnt = false } = config;
  const { revision } = config;
  const ids = config.categories ?? policy?.categories.map((c) => c.id);
  if (!revision || !ids) {
    throw new Error('Kelisim: createConsent needs `policy`, or `revision` together with `categories`.');
  }
  const categories = ids.filter((id, i) => id !== 'necessary' && ids.indexOf(id) === i);
  const bad = categories.find((id) => !/^[a-z][a-z0-9-]*$/.test(id));
  if (bad !== undefined) {
    throw new Error(`Kelisim: category id "${bad}" must be lower-case letters, digits and dashes, starting with a letter (e.g. "analytics").`);
  }
  assertLang(lang);
  const days = cookie.days ?? 182;
  if (!(days > 0)) throw new Error(`Kelisim: cookie.days must be a positive number of days, not ${days}.`);
  return {
    revision,
    categories,
    cookie: {
      name: cookie.name ?? 'kelisim',
      domain: cookie.domain,
      path: cookie.path ?? '/',
      days,
      secure: cookie.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:'),
    },
    lang,
    gpc,
    dnt,
  };
}
