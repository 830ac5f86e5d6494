import type { PickedText } from '../core/pick-text';
import type { Lang } from '../core/policy-types';

/** What the browser knows about region names in one language. */
export interface RegionNames {
  /** The region's name, or undefined when the browser has none. */
  of(code: string): string | undefined;
  /** Whether the names are really in this language, not English under its label. */
  real: boolean;
}

/** The region names of each language, each built on first use. */
export type CountryNames = (lang: Lang) => RegionNames;

/**
 * A cache of one `Intl.DisplayNames` per language, built on first use: building one costs far
 * more than asking it, and a policy may name thousands of services. Keep one per widget.
 */
export function createCountryNames(): CountryNames {
  const byLang = new Map<Lang, RegionNames>();
  const names = (lang: Lang): RegionNames => {
    let found = byLang.get(lang);
    if (!found) {
      let display: Intl.DisplayNames | undefined;
      try {
        display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        display = undefined;
      }
      const of = (code: string) => {
        try {
          return display?.of(code);
        } catch {
          return undefined;
        }
      };
      found = { of, real: lang === 'en' || of('KZ') !== names('en').of('KZ') };
      byLang.set(lang, found);
    }
    return found;
  };
  return names;
}

/**
 * A country's name (`RU` → «Ресей» in Kazakh) and the language it is in. Some browsers claim
 * Kazakh but answer in English ("Russia"); then the next language in `order` with real names
 * is used, like a policy text that falls back. The code itself when no name is known.
 * `names`: the widget's cache of formatters (a fresh one by default).
 */
export function countryName(code: string, lang: Lang, order: readonly Lang[], names = createCountryNames()): PickedText {
  for (const candidate of [lang, ...order]) {
    const region = names(candidate);
    const name = region.of(code);
    if (name && region.real) return { text: name, lang: candidate };
  }
  return { text: code, lang };
}
