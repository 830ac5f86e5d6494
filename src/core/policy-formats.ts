import { binCheckDigit } from './bin';
import { misfit, type TextRule } from './field-checks';

// Names people write instead of the two-letter code, for a "did you mean" hint.
const COUNTRY_GUESSES: Record<string, string> = {
  KAZ: 'KZ', KAZAKHSTAN: 'KZ', 'КАЗАХСТАН': 'KZ', 'ҚАЗАҚСТАН': 'KZ',
  RUS: 'RU', RUSSIA: 'RU', 'РОССИЯ': 'RU', 'РЕСЕЙ': 'RU', USA: 'US',
};

/**
 * A rule for text that passes `test`. Other text "is not" what it should be, with `advice`, and
 * with the text `fix` makes of it as a "did you mean", when that passes the test.
 */
function rule(isNot: string, advice: string, test: (text: string) => unknown, fix = (text: string) => text): TextRule {
  return (value) => {
    if (test(value)) return null;
    const guess = fix(value);
    return misfit(value, isNot, advice, guess !== value && !!test(guess) && guess);
  };
}

/** Whether text is an absolute http:// or https:// address. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !!url.hostname;
  } catch {
    return false;
  }
}

/** Whether `value` is a day that exists in the calendar, written YYYY-MM-DD (not e.g. February 30). */
function isDate(value: string): boolean {
  const date = new Date(value);
  return /^\d{4}-\d\d-\d\d$/.test(value) && date.getTime() === date.getTime() && date.toISOString().startsWith(value);
}

/** A phone number without the spaces, brackets, dots and dashes people write in it. */
const compact = (value: string): string => value.replace(/[\s().-]/g, '');

/** A BIN or IIN: exactly 12 digits whose last digit is the right check digit. */
export const binRule: TextRule = (value) => {
  const count = /^\d*$/.test(value) ? ` (it has ${value.length})` : '';
  const form = rule(
    'is not a BIN/IIN',
    `write exactly 12 digits${count}, as on your registration certificate`,
    (text) => /^\d{12}$/.test(text),
    (text) => text.replace(/[\s-]/g, ''),
  )(value);
  if (form) return form;
  const expected = binCheckDigit(value.slice(0, 11));
  if (expected === Number(value[11])) return null;
  return expected === null
    ? `"${value}" is not a valid BIN/IIN: no BIN/IIN can start with these 11 digits — check it for a typo`
    : `the check digit of BIN/IIN "${value}" is wrong (with these first 11 digits the last one would be ${expected}) — check it for a typo`;
};

/** An e-mail address like `privacy@example.kz`. */
export const emailRule = rule(
  'is not an e-mail address',
  'write one like "privacy@example.kz"',
  (text) => /^(?!mailto:)[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text),
  (text) => text.replace(/^mailto:/, ''),
);

/** A full web address starting with http:// or https://. */
export const webAddressRule = rule(
  'is not a web address',
  'write the full address, e.g. "https://example.kz/privacy"',
  isWebAddress,
  (text) => (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `https://${text}` : text),
);

/** A phone number in international format: "+", the country code, then the number. */
export const phoneRule = rule(
  'is not a phone number in international format',
  'write "+", the country code and the number, e.g. "+7 727 123 45 67"',
  (text) => /^\+[1-9]\d{7,14}$/.test(compact(text)) && /^\+[\d\s().-]+$/.test(text),
  // Kazakh numbers are often written with the domestic trunk prefix 8 instead of +7.
  (text) => compact(text).replace(/^8(?=[67]\d{9}$)/, '+7'),
);

/** An ISO 3166-1 alpha-2 country code in capitals, like `KZ`. */
export const countryRule = rule(
  'is not a two-letter country code in capitals (ISO 3166-1 alpha-2)',
  'write e.g. "KZ" for Kazakhstan, "RU" for Russia, "US" for the USA',
  (text) => /^[A-Z]{2}$/.test(text),
  (text) => COUNTRY_GUESSES[text.trim().toUpperCase()] ?? text.toUpperCase(),
);

/** A stable id: lower-case latin letters, digits and hyphens, starting with a letter. */
export const idRule = rule(
  'cannot be an id',
  'use lower-case latin letters, digits and hyphens, starting with a letter',
  (text) => /^[a-z][a-z\d-]*$/.test(text),
  (text) => text.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z\d-]/g, '').replace(/^[^a-z]+/, ''),
);

/** A revision label like `2026-01`. */
export const revisionRule = rule(
  'cannot be a revision',
  'use up to 64 latin letters, digits, dots, hyphens or underscores, e.g. "2026-01"',
  (text) => /^[\w.-]{1,64}$/.test(text),
);

/** A real calendar date written YYYY-MM-DD. */
export const dateRule = rule(
  'is not a real date in the form YYYY-MM-DD',
  'write the year, month (01–12) and day, e.g. "2026-01-15"',
  isDate,
  // Dates are commonly written DD.MM.YYYY in Kazakhstan; offer the same date in ISO form.
  (text) => text.replace(/\b\d\b/g, '0$&').replace(/^(\d\d)[./](\d\d)[./](\d{4})$/, '$3-$2-$1'),
);

/** A cookie name as the browser shows it (an RFC 6265 token). */
export const cookieNameRule = rule(
  'cannot be a cookie name',
  'write it exactly as the browser shows it, without spaces, quotes, "=", ";" or ","',
  (text) => /^[\w!#$%&'*+.^`|~-]+$/.test(text),
);

/** A cookie path starting with "/". */
export const cookiePathRule = rule('is not a cookie path', 'write a path starting with "/", e.g. "/"', (text) => text.startsWith('/'));
