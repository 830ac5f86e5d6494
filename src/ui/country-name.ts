import type { PickedText } from '../core/pick-text';
import type { Lang } from '../core/policy-types';

/** The region's name from the browser, or undefined when it has none. */
function regionName(lang: Lang, code: string): string | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/**
 * A country's name (`RU` → «Ресей» in Kazakh) and the language it is in. Some browsers claim
 * Kazakh but answer in English ("Russia"); then the next language in `order` with real names
 * is used, like a policy text that falls back. The code itself when no name is known.
 */
export function countryName(code: string, lang: Lang, order: readonly Lang[]): PickedText {
  for (const candidate of [lang, ...order]) {
    const name = regionName(candidate, code);
    const real = candidate === 'en' || regionName(candidate, 'KZ') !== regionName('en', 'KZ');
    if (name && real) return { text: name, lang: candidate };
  }
  return { text: code, lang };
}
