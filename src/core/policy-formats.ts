import { binCheckDigit } from './bin';
import type { TextRule } from './field-checks';

// Names people write instead of the two-letter code, for a "did you mean" hint.
const COUNTRY_GUESSES: Record<string, string> = {
  KAZ: 'KZ', KAZAKHSTAN: 'KZ', 'КАЗАХСТАН': 'KZ', 'ҚАЗАҚСТАН': 'KZ',
  RUS: 'RU', RUSSIA: 'RU', 'РОССИЯ': 'RU', 'РЕСЕЙ': 'RU', USA: 'US',
};

/** Lower-case latin letters, digits and hyphens, starting with a letter. */
const ID = /^[a-z][a-z\d-]*$/;

/** A rule for text that matches `pattern`; otherwise it says `"…" <is not something> — <what to write>`. */
const rule = (pattern: RegExp, isNot: string, write: string): TextRule =>
  (value) => (pattern.test(value) ? null : `"${value}" ${isNot} — ${write}`);

/** Whether `iso` (YYYY-MM-DD) is a day that exists in the calendar, not e.g. February 30. */
function isRealDate(iso: string): boolean {
  const date = new Date(iso);
  return date.getTime() === date.getTime() && date.toISOString().startsWith(iso);
}

/** A BIN or IIN: exactly 12 digits whose last digit is the right check digit. */
export const binRule: TextRule = (value) => {
  const digits = value.replace(/[\s-]/g, '');
  const twelve = /^\d{12}$/;
  if (twelve.test(digits) && digits !== value) return `write the BIN/IIN as 12 digits without spaces or dashes: "${digits}"`;
  if (!twelve.test(value)) {
    return `"${value}" is not a BIN/IIN — write exactly 12 digits${/^\d*$/.test(value) ? ` (it has ${value.length})` : ''}, as on your registration certificate`;
  }
  const expected = binCheckDigit(value.slice(0, 11));
  if (expected === Number(value[11])) return null;
  return expected === null
    ? `"${value}" is not a valid BIN/IIN: no BIN/IIN can start with these 11 digits — check it for a typo`
    : `the check digit of BIN/IIN "${value}" is wrong (with these first 11 digits the last one would be ${expected}) — check the number for a typo`;
};

/** An e-mail address like `privacy@example.kz`. */
export const emailRule: TextRule = (value) =>
  value.startsWith('mailto:')
    ? `write the address without "mailto:": "${value.slice(7)}"`
    : rule(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, 'is not an e-mail address', 'write one like "privacy@example.kz"')(value);

/** A full web address starting with http:// or https://. */
export const webAddressRule: TextRule = (value) => {
  try {
    const url = new URL(value);
    if (/^https?:$/.test(url.protocol) && url.hostname) return null;
  } catch {
    // Not an absolute URL; fall through to a hint below.
  }
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)
    ? `add "https://" in front: "https://${value}"`
    : `"${value}" is not a web address — write the full address starting with https://, e.g. "https://example.kz/privacy"`;
};

/** A phone number in international format: "+", the country code, then the number. */
export const phoneRule: TextRule = (value) => {
  const compact = value.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(compact) && /^\+[\d\s().-]+$/.test(value)) return null;
  // Kazakh numbers are often written with the domestic trunk prefix 8 instead of +7.
  return /^8[67]\d{9}$/.test(compact)
    ? `"${value}" is not in international format — write "+7" instead of the leading 8: "+7${compact.slice(1)}"`
    : `"${value}" is not a phone number in international format — write "+", the country code and the number, e.g. "+7 727 123 45 67"`;
};

/** An ISO 3166-1 alpha-2 country code in capitals, like `KZ`. */
export const countryRule: TextRule = (value) => {
  if (/^[A-Z]{2}$/.test(value)) return null;
  if (/^[a-z]{2}$/i.test(value)) return `write the country code in capitals: "${value.toUpperCase()}"`;
  const guess = COUNTRY_GUESSES[value.trim().toUpperCase()];
  return `"${value}" is not a two-letter country code (ISO 3166-1 alpha-2) — ${guess ? `did you mean "${guess}"? Write` : 'write'} e.g. "KZ" for Kazakhstan, "RU" for Russia, "US" for the USA`;
};

/** A stable id: lower-case latin letters, digits and hyphens, starting with a letter. */
export const idRule: TextRule = (value) => {
  const slug = value.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z\d-]/g, '').replace(/^[^a-z]+/, '');
  return rule(ID, 'cannot be an id', `use lower-case latin letters, digits and hyphens, starting with a letter${ID.test(slug) ? ` — did you mean "${slug}"?` : ''}`)(value);
};

/** A revision label like `2026-01`. */
export const revisionRule = rule(/^[\w.-]{1,64}$/, 'cannot be a revision', 'use up to 64 latin letters, digits, dots, hyphens or underscores, e.g. "2026-01"');

/** A real calendar date written YYYY-MM-DD. */
export const dateRule: TextRule = (value) => {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return isRealDate(value) ? null : `"${value}" is not a real date — check the month (01–12) and the day`;
  // Dates are commonly written DD.MM.YYYY in Kazakhstan; offer the same date in ISO form.
  const [, day = '', month = '', year] = /^(\d\d?)[./](\d\d?)[./](\d{4})$/.exec(value) ?? [];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `"${value}" is not a date in the form YYYY-MM-DD — ${year && isRealDate(iso) ? `did you mean "${iso}"?` : 'write e.g. "2026-01-15"'}`;
};

/** A cookie name as the browser shows it (an RFC 6265 token). */
export const cookieNameRule = rule(
  /^[\w!#$%&'*+.^`|~-]+$/,
  'cannot be a cookie name',
  'write it exactly as the browser shows it, without spaces, quotes, "=", ";" or ","',
);

/** A cookie path starting with "/". */
export const cookiePathRule = rule(/^\//, 'is not a cookie path', 'write a path starting with "/", e.g. "/"');
