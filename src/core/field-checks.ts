import { closestName } from './closest-name';
import { LANGS, type Lang, type PolicyProblem } from './policy-types';

/** Checks a value found at a JSON path and appends what is wrong with it to `out`. */
export type Check = (value: unknown, path: string, out: PolicyProblem[]) => void;

/** Says what is wrong with a piece of text (for a person), or returns null when it is fine. */
export type TextRule = (text: string) => string | null;

/** One field of an object: its check, what to write in it, and whether it may be left out. */
export interface Field {
  check: Check;
  /** What to write, for the "is missing" message, e.g. `the contact e-mail, e.g. "…"`. */
  what: string;
  optional?: boolean;
}

const LANGUAGE_NAMES: Record<Lang, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

/** Whether a value is an object with fields (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `key` is the object's own field (never one inherited, like `toString`). */
function hasField(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** The JSON path of a field of the object at `path`: `$.a.b`, or `$.a["odd key"]`. */
export function fieldPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Quotes a list of words for a message: `"a", "b", "c"`. */
export function quoteAll(words: readonly string[]): string {
  return words.map((word) => `"${word}"`).join(', ');
}

/** How a value looks to a person: `a number (5)`, `text ("abc")`, `a list`, `null`, … */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `text (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Reports that the value at `path` has the wrong type, saying what to write instead. */
export function reportWrongType(out: PolicyProblem[], path: string, expected: string, value: unknown): void {
  out.push({ path, message: `should be ${expected}, not ${describeValue(value)}` });
}

/** Reports every field of `value` that is not in `known`, with the likeliest intended name. */
function reportUnknownFields(value: object, known: readonly string[], path: string, out: PolicyProblem[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = closestName(key, known);
    const message = guess
      ? `unknown field "${key}" — did you mean "${guess}"?`
      : `unknown field "${key}" — remove it; the fields allowed here are ${quoteAll(known)}`;
    out.push({ path: fieldPath(path, key), message });
  }
}

/** Text; empty text is a problem. With a `rule`, the rule alone judges the text (empty too). */
export function text(rule?: TextRule): Check {
  return (value, path, out) => {
    if (typeof value !== 'string') return reportWrongType(out, path, 'text in quotes', value);
    const problem = rule ? rule(value) : value.trim() === '' ? 'is empty — fill it in' : null;
    if (problem) out.push({ path, message: problem });
  };
}

/** One word out of a fixed set; a typo gets a suggestion. */
export function oneOf(words: readonly string[], noun: string): Check {
  return (value, path, out) => {
    if (typeof value !== 'string') return reportWrongType(out, path, `one of ${quoteAll(words)}`, value);
    if (words.includes(value)) return;
    const guess = closestName(value, words);
    const hint = guess ? `did you mean "${guess}"? Write` : 'write';
    out.push({ path, message: `"${value}" is not ${noun} — ${hint} one of ${quoteAll(words)}` });
  };
}

/** true or false, without quotes. */
export const flag: Check = (value, path, out) => {
  if (typeof value !== 'boolean') reportWrongType(out, path, 'true or false (without quotes)', value);
};

/** A whole number above zero, without quotes. */
export const positiveWhole: Check = (value, path, out) => {
  if (typeof value !== 'number') return reportWrongType(out, path, 'a whole number without quotes', value);
  if (!Number.isInteger(value) || value <= 0) {
    out.push({ path, message: `${value} is not a whole number above 0 — write e.g. 1, 6 or 12` });
  }
};

/** A list of items that each pass `item`, with at least `min` of them. */
export function listOf(item: Check, min: number, noun: string): Check {
  return (value, path, out) => {
    if (!Array.isArray(value)) return reportWrongType(out, path, `a list [ … ] of ${noun} entries`, value);
    if (value.length < min) out.push({ path, message: `is empty — add at least one ${noun}` });
    for (let i = 0; i < value.length; i++) item(value[i], `${path}[${i}]`, out);
  };
}

/** An object with exactly these fields: reports missing and unknown ones, then checks each. */
export function objectOf(fields: Record<string, Field>): Check {
  const known = Object.keys(fields);
  return (value, path, out) => {
    if (!isRecord(value)) return reportWrongType(out, path, 'an object { … }', value);
    for (const key of known) {
      const field = fields[key] as Field;
      const present = hasField(value, key) && value[key] !== undefined;
      if (present) field.check(value[key], fieldPath(path, key), out);
      else if (!field.optional) {
        out.push({ path: fieldPath(path, key), message: `required field "${key}" is missing — add ${field.what}` });
      }
    }
    reportUnknownFields(value, known, path, out);
  };
}

/** Text in Kazakh, Russian and English, each present and non-empty (and passing `rule`). */
export function localized(rule?: TextRule): Check {
  return (value, path, out) => {
    if (!isRecord(value)) {
      return reportWrongType(out, path, 'an object with one text per language, { "kk": "…", "ru": "…", "en": "…" }', value);
    }
    for (const lang of LANGS) {
      const at = `${path}.${lang}`;
      const name = `the ${LANGUAGE_NAMES[lang]} (${lang}) text`;
      const entry = hasField(value, lang) ? value[lang] : undefined;
      if (entry === undefined) out.push({ path: at, message: `${name} is missing — add "${lang}": "…" in ${LANGUAGE_NAMES[lang]}` });
      else if (typeof entry !== 'string') reportWrongType(out, at, `${name} in quotes`, entry);
      else if (entry.trim() === '') out.push({ path: at, message: `${name} is empty — write it in ${LANGUAGE_NAMES[lang]}` });
      else text(rule)(entry, at, out);
    }
    reportUnknownFields(value, LANGS, path, out);
  };
}
