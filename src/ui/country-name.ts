import { shippedCountryName } from './country-names';
import type { PickedText } from '../core/pick-text';
import type { Lang } from '../core/policy-types';

/** The browser's region names in a language (undefined when it has none), built on first use. */
export type CountryNames = (lang: Lang) => Intl.DisplayNames | undefined;

/**
 * A cache of one `Intl.DisplayNames` per language: building one costs far more than asking it,
 * and a policy may name thousands of services. Keep one per widget.
 */
export function createCountryNames(): CountryNames {
  const byLang = new Map<Lang, Intl.DisplayNames | undefined>();
  return (lang) => {
    if (!byLang.has(lang)) {
      byLang.set(lang, undefined); // stays so when the browser has no region names
      try {
        byLang.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
      } catch {}
    }
    return byLang.get(lang);
  };
}

/** The region's name from the browser, or undefined when it has none. */
function regionName(names: CountryNames, lang: Lang, code: string): string | undefined {
  try {
    return names(lang)?.of(code);
  } catch {
    return undefined;
  }
}

/**
 * A country's name (`RU` → «Ресей» in Kazakh) and the language it is in. The countries Kelisim
 * names itself (`src/ui/country-names.ts`) never ask the browser; for the rest, its region
 * names. Some browsers claim Kazakh but answer in English ("Russia"); then the next language in
 * `order` with real names is used, like a policy text that falls back. The code itself when no
 * name is known. `names`: the widget's cache of formatters (a fresh one by default).
 */
export function countryName(code: string, lang: Lang, order: readonly Lang[], names = createCountryNames()): PickedText {
  const shipped = shippedCountryName(code, lang);
  if (shipped) return { text: shipped, lang };
  for (const candidate of [lang, ...order]) {
    const name = regionName(names, candidate, code);
    const real = candidate === 'en' || regionName(names, candidate, 'KZ') !== regionName(names, 'en', 'KZ');
    if (name && real) return { text: name, lang: candidate };
  }
  return { text: code, lang };
}
