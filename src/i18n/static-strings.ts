import type { i18n, TOptions } from 'i18next';
import type { Lang } from '../core/policy-types';

/**
 * Interface strings of one language, resolved by i18next at build time (scripts/banner-strings.mjs):
 * flat keys as i18next addresses them (`facts.more`, `unit.day_one`), each `{{name}}` left to fill in.
 */
export type CompiledStrings = Record<string, string>;
/** The banner's part of a language's strings (dist/kelisim-strings.<lang>.js). */
export type BannerStrings = CompiledStrings;

/** A translator over build-time strings, with the part of i18next's `t` the widget uses. */
export interface StaticStrings {
  /** Stands in for the i18next instance in `createTexts` and `bannerSummary` (they call only `t`). */
  i18n: i18n;
  /** Add one language's strings (to those of it already here: the banner's, then the dialog's). */
  add(lang: Lang, strings: CompiledStrings): void;
}

/**
 * The widget's translator without i18next's runtime: `t(key, { lng, count, ...values })` looks
 * the key up in that language's build-time strings as i18next does: with a numeric `count`,
 * `key_zero` (for 0), then `key_<Intl.PluralRules(lng).select(count)>`, then `key`; then fills
 * each `{{name}}` with `values[name]` as i18next does with `escapeValue: false` (a value not
 * given leaves `{{name}}`; a filled-in value is not read again; the widget passes strings and
 * numbers only). A key the language lacks gives the key, like i18next; a language not loaded
 * gives '' (never shown: the widget loads a language before it shows it). The build leaves no
 * nesting or format to do, and test/unit/widget-strings.test.ts checks every key against i18next.
 */
export function createStaticStrings(): StaticStrings {
  const tables = new Map<Lang, CompiledStrings>();
  const t = (key: string, options: TOptions & { lng?: Lang } = {}) => {
    const { lng, count } = options;
    const table = tables.get(lng!);
    if (!table) return '';
    let found: string | undefined = table[key];
    if (typeof count === 'number') found = table[`${key}_${new Intl.PluralRules(lng).select(count)}`] ?? found;
    if (count === 0) found = table[`${key}_zero`] ?? found;
    // Like i18next, a value not given leaves its placeholder as it is.
    return (found ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String((options as Record<string, unknown>)[name] ?? whole));
  };
  return {
    i18n: { t } as unknown as i18n,
    add: (lang, strings) => void tables.set(lang, { ...tables.get(lang), ...strings }),
  };
}
