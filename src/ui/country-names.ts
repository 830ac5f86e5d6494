import type { Lang } from '../core/policy-types';

// The countries a Kazakh site's services realistically send data to, named as a Kazakh, Russian
// or English reader expects («АҚШ», «США», "United States"), whatever the browser's region names are: some
// Chromium builds have no Kazakh ones and answer «Казахстан» or "Kazakhstan" in a Kazakh dialog.
// Two letters per code; the names in the same order, separated by "|".
const CODES = 'KZRUUSIENLDEFISEGBFRCNTRAEUZKGBYAMGESGJPKRINCAAUCHPLLTLVEEUAAZTJTMMNITES';

const NAMES: Record<Lang, string> = {
  kk:
    'Қазақстан|Ресей|АҚШ|Ирландия|Нидерланд|Германия|Финляндия|Швеция|Ұлыбритания|Франция|Қытай|Түркия|' +
    'Біріккен Араб Әмірліктері|Өзбекстан|Қырғызстан|Беларусь|Армения|Грузия|Сингапур|Жапония|Оңтүстік Корея|' +
    'Үндістан|Канада|Аустралия|Швейцария|Польша|Литва|Латвия|Эстония|Украина|Әзірбайжан|Тәжікстан|Түрікменстан|' +
    'Моңғолия|Италия|Испания',
  ru:
    'Казахстан|Россия|США|Ирландия|Нидерланды|Германия|Финляндия|Швеция|Великобритания|Франция|Китай|Турция|' +
    'ОАЭ|Узбекистан|Кыргызстан|Беларусь|Армения|Грузия|Сингапур|Япония|Южная Корея|' +
    'Индия|Канада|Австралия|Швейцария|Польша|Литва|Латвия|Эстония|Украина|Азербайджан|Таджикистан|Туркменистан|' +
    'Монголия|Италия|Испания',
  en:
    'Kazakhstan|Russia|United States|Ireland|Netherlands|Germany|Finland|Sweden|United Kingdom|France|China|Türkiye|' +
    'United Arab Emirates|Uzbekistan|Kyrgyzstan|Belarus|Armenia|Georgia|Singapore|Japan|South Korea|' +
    'India|Canada|Australia|Switzerland|Poland|Lithuania|Latvia|Estonia|Ukraine|Azerbaijan|Tajikistan|Turkmenistan|' +
    'Mongolia|Italy|Spain',
};

/** The codes Kelisim names itself, in the order of `NAMES`. */
export const NAMED_COUNTRIES: readonly string[] = CODES.match(/../g)!;

const split: Partial<Record<Lang, string[]>> = {};

/**
 * Kelisim's own name of a country in `lang` (`US` → «АҚШ» in Kazakh), or undefined for a code it
 * does not name: then ask the browser (`Intl.DisplayNames`).
 */
export function shippedCountryName(code: string, lang: Lang): string | undefined {
  const at = NAMED_COUNTRIES.indexOf(code.toUpperCase());
  if (at < 0) return undefined;
  return (split[lang] ??= NAMES[lang].split('|'))[at];
}
