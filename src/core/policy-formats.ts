import { binCheckDigit, isValidBin } from './bin';
import type { TextRule } from './field-checks';

/** Lower-case latin letters, digits and hyphens, starting with a letter. */
const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Up to 64 latin letters, digits, dots, hyphens or underscores. */
const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

// Names people write instead of the two-letter code, for a "did you mean" hint.
const COUNTRY_GUESSES: Record<string, string> = {
  KAZ: 'KZ', KAZAKHSTAN: 'KZ', 'КАЗАХСТАН': 'KZ', 'ҚАЗАҚСТАН': 'KZ',
  RUS: 'RU', RUSSIA: 'RU', 'РОССИЯ': 'RU', 'РЕСЕЙ': 'RU', USA: 'US',
};

/** A BIN or IIN: exactly 12 digits whose last digit is the right check digit. */
export const binRule: TextRule = (value) => {
  if (isValidBin(value)) return null;
  const digits = value.replace(/[\s-]/g, '');
  if (/^\d{12}$/.test(digits) && digits !== value) {
    return `write the BIN/IIN as 12 digits without spaces or dashes: "${digits}"`;
  }
  if (!/^\d{12}$/.test(value)) {
    const count = /^\d*$/.test(value) ? ` (it has ${value.length})` : '';
    return `"${value}" is not a BIN/IIN — write exactly 12 digits${count}, as on your registration certificate`;
  }
  const expected = binCheckDigit(value.slice(0, 11));
  return expected === null
    ? `"${value}" is not a valid BIN/IIN: no BIN/IIN can start with these 11 digits — check it for a typo`
    : `the check digit of BIN/IIN "${value}" is wrong (with these first 11 digits the last one would be ${expected}) — check the number for a typo`;
};

/** An e-mail address like `privacy@example.kz`. */
export const emailRule: TextRule = (value) => {
  if (value.startsWith('mailto:')) return `write the address without "mailto:": "${value.slice(7)}"`;
  if (/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) return null;
  return `"${value}" is not an e-mail address — write one like "privacy@example.kz"`;
};

/** A full web address starting with http:// or https://. */
export const webAddressRule: TextRule = (value) => {
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '') return null;
  } catch {
    // Not an absolute URL; fall through to a hint below.
  }
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) return `add "https://" in front: "https://${value}"`;
  return `"${value}" is not a web address — write the full address starting with https://, e.g. "https://example.kz/privacy"`;
};

/** A phone number in international format: "+", the country code, then the number. */
export const phoneRule: TextRule = (value) => {
  const compact = value.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(compact) && /^\+[\d\s().-]+$/.test(value)) return null;
  // Kazakh numbers are often written with the domestic trunk prefix 8 instead of +7.
  if (/^8[67]\d{9}$/.test(compact)) {
    return `"${value}" is not in international format — write "+7" instead of the leading 8: "+7${compact.slice(1)}"`;
  }
  return `"${value}" is not a phone number in international format — write "+", the country code and the number, e.g. "+7 727 123 45 67"`;
};

/** An ISO 3166-1 alpha-2 country code in capitals, like `KZ`. */
export const countryRule: TextRule = (value) => {
  if (/^[A-Z]{2}$/.test(value)) return null;
  if (/^[a-zA-Z]{2}$/.test(value)) return `write the country code in capitals: "${value.toUpperCase()}"`;
  const guess = COUNTRY_GUESSES[value.trim().toUpperCase()];
  const hint = guess ? `did you mean "${guess}"? Write` : 'write';
  return `"${value}" is not a two-letter country code (ISO 3166-1 alpha-2) — ${hint} e.g. "KZ" for Kazakhstan, "RU" for Russia, "US" for the USA`;
};

/** A stable id: lower-case latin letters, digits and hyphens, starting with a letter. */
export const idRule: TextRule = (value) => {
  if (ID_PATTERN.test(value)) return null;
  const slug = value.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/^[^a-z]+/, '');
  const hint = ID_PATTERN.test(slug) ? ` — did you mean "${slug}"?` : '';
  return `"${value}" cannot be an id: use lower-case latin letters, digits and hyphens, starting with a letter${hint}`;
};

/** A revision label like `2026-01`. */
export const revisionRule: TextRule = (value) =>
  REVISION_PATTERN.test(value)
    ? null
    : `"${value}" cannot be a revision — use up to 64 latin letters, digits, dots, hyphens or underscores, e.g. "2026-01"`;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real calendar date written YYYY-MM-DD. */
export const dateRule: TextRule = (value) => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    if (isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return null;
    return `"${value}" is not a real date — check the month (01–12) and the day`;
  }
  // Dates are commonly written DD.MM.YYYY in Kazakhstan; offer the same date in ISO form.
  const local = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const [day, month, year] = local ? [Number(local[1]), Number(local[2]), Number(local[3])] : [0, 0, 0];
  const guess = local && isRealDate(year, month, day)
    ? `did you mean "${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}"?`
    : 'write e.g. "2026-01-15"';
  return `"${value}" is not a date in the form YYYY-MM-DD — ${guess}`;
};

/** A cookie name as the browser shows it (an RFC 6265 token). */
export const cookieNameRule: TextRule = (value) =>
  /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(value)
    ? null
    : `"${value}" cannot be a cookie name — write it exactly as the browser shows it, without spaces, quotes, "=", ";" or ","`;

/** A cookie path starting with "/". */
export const cookiePathRule: TextRule = (value) =>
  value.startsWith('/') ? null : `"${value}" is not a cookie path — write a path starting with "/", e.g. "/"`;
