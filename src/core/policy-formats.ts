import { binCheckDigit } from './bin';
import { isCountryCode } from './countries';
import { withGuess, type TextRule } from './field-checks';
import type { ProblemCode } from './problem-message';

// Names people write instead of the two-letter code, for a "did you mean" hint.
const COUNTRY_GUESSES: Record<string, string> = {
  KAZ: 'KZ', KAZAKHSTAN: 'KZ', 'КАЗАХСТАН': 'KZ', 'ҚАЗАҚСТАН': 'KZ',
  RUS: 'RU', RUSSIA: 'RU', 'РОССИЯ': 'RU', 'РЕСЕЙ': 'RU', USA: 'US', UK: 'GB', EN: 'GB',
};

/**
 * A rule for text that passes `test`. Other text is reported as `code`, with the text `fix`
 * makes of it as a "did you mean", when that passes the test.
 */
/* @__NO_SIDE_EFFECTS__ */ function rule(code: ProblemCode, test: (text: string) => unknown, fix = (text: string) => text): TextRule {
  return (value) => {
    if (test(value)) return null;
    const guess = fix(value);
    return test(value) ? null : [code, withGuess({ value }, guess !== value && !!test(guess) && guess)];
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

const binForm = /* @__PURE__ */ rule('bin-form', (text) => /^\d{12}$/.test(text), (text) => text.replace(/[\s-]/g, ''));

/** A BIN or IIN: exactly 12 digits whose last digit is the right check digit. */
export const binRule: TextRule = (value) => {
  if (/^\d*$/.test(value) && value.length !== 12) return ['bin-length', { value, count: String(value.length) }];
  const form = binForm(value);
  if (form) return form;
  const expected = binCheckDigit(value.slice(0, 11));
  if (expected === Number(value[11])) return null;
  return expected === null ? ['bin-impossible', { value }] : ['bin-check-digit', { value, expected: String(expected) }];
};

/** An e-mail address like `privacy@example.kz`. */
export const emailRule = /* @__PURE__ */ rule(
  'email',
  (text) => /^(?!mailto:)[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text),
  (text) => text.replace(/^mailto:/, ''),
);

/** A full web address starting with http:// or https://. */
export const webAddressRule = /* @__PURE__ */ rule(
  'web-address',
  isWebAddress,
  (text) => (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `https://${text}` : text),
);

/** A phone number in international format: "+", the country code, then the number. */
export const phoneRule = /* @__PURE__ */ rule(
  'phone',
  (text) => /^\+[1-9]\d{7,14}$/.test(compact(text)) && /^\+[\d\s().-]+$/.test(text),
  // Kazakh numbers are often written with the domestic trunk prefix 8 instead of +7.
  (text) => compact(text).replace(/^8(?=[67]\d{9}$)/, '+7'),
);

const countryGuess = (text: string) => COUNTRY_GUESSES[text.trim().toUpperCase()] ?? text.toUpperCase();

/** An ISO 3166-1 alpha-2 country code in capitals, like `KZ`: the form first, then the list. */
export const countryRule: TextRule = (value) =>
  rule('country-form', (text) => /^[A-Z]{2}$/.test(text), countryGuess)(value) ??
  rule('country-unknown', isCountryCode, countryGuess)(value);

/** A stable id: lower-case latin letters, digits and hyphens, starting with a letter. */
export const idRule = /* @__PURE__ */ rule(
  'id',
  (text) => /^[a-z][a-z\d-]*$/.test(text),
  (text) => fixId(text),
);

/** The id people most likely meant by `text`: lower case, hyphens for spaces, no other signs. */
export const fixId = (text: string): string =>
  text.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z\d-]/g, '').replace(/^[^a-z]+/, '');

/** A revision label like `2026-01`. */
export const revisionRule = /* @__PURE__ */ rule('revision', (text) => /^[\w.-]{1,64}$/.test(text));

/** A real calendar date written YYYY-MM-DD. */
export const dateRule = /* @__PURE__ */ rule(
  'date',
  isDate,
  // Dates are commonly written DD.MM.YYYY in Kazakhstan; offer the same date in ISO form.
  (text) => text.replace(/\b\d\b/g, '0$&').replace(/^(\d\d)[./](\d\d)[./](\d{4})$/, '$3-$2-$1'),
);

/** A cookie name as the browser shows it (an RFC 6265 token). */
export const cookieNameRule = /* @__PURE__ */ rule('cookie-name', (text) => /^[\w!#$%&'*+.^`|~-]+$/.test(text));

/** A cookie path starting with "/". */
export const cookiePathRule = /* @__PURE__ */ rule('cookie-path', (text) => text.startsWith('/'));

/** A cookie domain such as `.doubleclick.net` or `yandex.ru`. */
export const cookieDomainRule = /* @__PURE__ */ rule(
  'cookie-domain',
  (text) => /^\.?([a-z\d-]+\.)+[a-z\d-]+$/i.test(text),
  (text) => text.replace(/^https?:\/\//, '').replace(/\/.*$/, ''),
);
