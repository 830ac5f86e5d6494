import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { i18n, TOptions } from 'i18next';
import { pickText, type PickedText } from '../core/pick-text';
import type { Lang, Localized } from '../core/policy-types';
import { countryName, createCountryNames, type CountryNames } from './country-name';

/** How every component gets its words: interface strings and policy texts, in the chosen language. */
export interface Texts {
  /** The interface language. */
  lang: Lang;
  /** Order of languages tried for a missing text. */
  fallback: readonly Lang[];
  /** An interface string (plain, for attributes and joined lists). */
  t(key: string, options?: TOptions): string;
  /** An interface string as content: Kazakh and Russian together when bilingual (options per language if a function). */
  tb(key: string, options?: TOptions | ((lang: Lang) => TOptions)): ComponentChildren;
  /** A policy text as a plain string in `lang` (default: the interface's), falling back along the configured order. */
  s(text: Localized, lang?: Lang): string;
  /** A policy text as content, marked with its own `lang` when it fell back. */
  p(text: Localized): ComponentChildren;
  /** A policy text as content: Kazakh and Russian together when bilingual. */
  pb(text: Localized): ComponentChildren;
  /** A country's name from its two-letter code, and the language it is in. */
  country(code: string): PickedText;
}

/** What `createTexts` needs besides the i18next instance. */
export interface TextsOptions {
  bilingual: boolean;
  /** Order of languages tried for a missing policy string. */
  fallback: readonly Lang[];
  /** Fallbacks already reported, so each missing string warns once per widget. */
  warned: Set<string>;
  /** Country-name formatters, one per language (a new cache when not given: one per `Texts`). */
  countries?: CountryNames;
}

/** The words of one render, in `lang`; bilingual mode shows Kazakh first, then Russian. */
export function createTexts(i18n: i18n, lang: Lang, { bilingual, fallback, warned, countries = createCountryNames() }: TextsOptions): Texts {
  const langs: Lang[] = bilingual && lang !== 'en' ? ['kk', 'ru'] : [lang];
  const pick = (text: Localized, want: Lang) => {
    const picked = pickText(text, want, fallback);
    const key = want + picked.text;
    if (picked.lang !== want && !warned.has(key)) {
      warned.add(key);
      console.warn(`Kelisim: a policy text has no "${want}" version; showing "${picked.lang}": ${picked.text.slice(0, 60)}`);
    }
    return picked;
  };
  /** One text per language in `ls` (a repeated fallback shown once), marked when not in `lang`. */
  const each = (ls: Lang[], get: (l: Lang) => { text: string; lang: Lang }) => {
    const seen = new Set<string>();
    return ls.map((l, i) => {
      const { text, lang: own } = get(l);
      if (seen.has(text)) return null;
      seen.add(text);
      return ls.length > 1 || own !== lang ? <span lang={own} class={i ? 'bi' : undefined}>{text}</span> : text;
    });
  };
  const t = (key: string, options?: TOptions) => i18n.t(key, { ...options, lng: lang });
  return {
    lang,
    fallback,
    t,
    tb: (key, options) =>
      each(langs, (l) => ({ text: i18n.t(key, { ...(typeof options === 'function' ? options(l) : options), lng: l }), lang: l })),
    s: (text, want = lang) => pick(text, want).text,
    p: (text) => each([lang], (l) => pick(text, l)),
    pb: (text) => each(langs, (l) => pick(text, l)),
    country: (code) => countryName(code, lang, fallback, countries),
  };
}

/** Carries the current `Texts` to every component. */
export const TextsContext = createContext<Texts>(null as unknown as Texts);

/** The current words. */
export const useTexts = (): Texts => useContext(TextsContext);
