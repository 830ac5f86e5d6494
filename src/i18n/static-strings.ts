import type { i18n, TOptions } from 'i18next';
import type { Lang } from '../core/policy-types';

/** One language's banner strings, resolved by i18next at build time (scripts/banner-strings.mjs). */
export type BannerStrings = Record<string, string>;

/** A translator over build-time strings, with the part of i18next's `t` the banner uses. */
export interface StaticStrings {
  /** Stands in for the i18next instance in `createTexts` and `bannerSummary` (they call only `t`). */
  i18n: i18n;
  /** Add (or replace) one language's strings. */
  add(lang: Lang, strings: BannerStrings): void;
  /** Whether `lang`'s strings are here. */
  has(lang: Lang): boolean;
}

/**
 * The banner's translator without i18next's runtime: `t(key, { lng, ...values })` looks the key
 * up in that language's build-time strings and fills each `{{name}}` with `values[name]`, as
 * i18next does with `escapeValue: false` (a value not given leaves `{{name}}`). No plurals, nesting or formats: the banner's strings
 * use none (test/unit/banner-strings.test.ts checks each against the runtime `t()`).
 * A key or language not loaded gives '' (never shown: the widget loads a language before it shows it).
 */
export function createStaticStrings(): StaticStrings {
  const tables = new Map<Lang, BannerStrings>();
  const t = (key: string, options: TOptions & { lng?: Lang } = {}) =>
    (tables.get(options.lng!)?.[key] ?? '').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
      const value = (options as Record<string, unknown>)[name];
      // Like i18next, a value not given leaves its placeholder as it is.
      return value === undefined ? whole : String(value);
    });
  return {
    i18n: { t } as unknown as i18n,
    add: (lang, strings) => void tables.set(lang, strings),
    has: (lang) => tables.has(lang),
  };
}
