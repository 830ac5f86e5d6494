import { closestName } from './closest-name';
import { LANGS } from './policy-types';

/** Records a problem: the JSON path where it is and, for a person, what to write instead. */
export type Report = (path: string, message: string) => void;

/** Checks a value found at a JSON path and reports what is wrong with it. */
export type Check = (value: unknown, path: string, report: Report) => void;

/** Says what is wrong with a piece of text (for a person), or returns null when it is fine. */
export type TextRule = (text: string) => string | null;

/**
 * One field of an object: its check and what to write in it (for the "is missing" message), or
 * just that text for text in every language. A field whose name ends in `?` may be left out and
 * is given as its check alone.
 */
export type Field = Check | string | [Check, string];

const LANGUAGE_NAMES = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

/** An example of text in every language, for messages. */
export const IN_EVERY_LANGUAGE = '{ "kk": "…", "ru": "…", "en": "…" }';

/** Whether a value is an object with fields (not null, not a list). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string';

/** The JSON path of a field of the object at `path`: `$.a.b`, or `$.a["odd key"]`. */
export const fieldPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Quotes a list of words for a message: `"a", "b", "c"`. */
export const quoteAll = (words: readonly string[]): string => `"${words.join('", "')}"`;

/** How a value looks to a person: `a number (5)`, `text ("abc")`, `a list`, `null`, … */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isText(value)) return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Reports that a value is of the wrong type, saying what it should be instead. */
export const mistyped = (expected: string): Check => (value, path, report) =>
  report(path, `should be ${expected}, not ${describeValue(value)}`);

/** A check that the value passes `is`, saying it should be `expected` if not, then runs `then`. */
export function typed<T>(
  is: (value: unknown) => value is T,
  expected: string,
  then?: (value: T, path: string, report: Report) => unknown,
): Check {
  return (value, path, report) => (is(value) ? then?.(value, path, report) : mistyped(expected)(value, path, report));
}

/** Reports every field of `value` that is not in `known`, with the likeliest intended name. */
function reportUnknownFields(value: object, known: readonly string[], path: string, report: Report): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = closestName(key, known);
    report(fieldPath(path, key), `unknown field "${key}" — ${guess ? `did you mean "${guess}"?` : `remove it; the fields allowed here are ${quoteAll(known)}`}`);
  }
}

const filled: TextRule = (value) => (value.trim() ? null : 'is empty — fill it in');

/** Text; empty text is a problem. With a `rule`, the rule alone judges the text (empty too). */
export const text = (rule = filled): Check =>
  typed(isText, 'text in quotes', (value, path, report) => {
    const problem = rule(value);
    if (problem) report(path, problem);
  });

/** One word out of a fixed set; a typo gets a suggestion. */
export function oneOf(words: readonly string[], noun: string): Check {
  const choice = `one of ${quoteAll(words)}`;
  return typed(isText, choice, (value, path, report) => {
    if (words.includes(value)) return;
    const guess = closestName(value, words);
    report(path, `"${value}" is not ${noun} — ${guess ? `did you mean "${guess}"? Write` : 'write'} ${choice}`);
  });
}

/** true or false, without quotes. */
export const flag = typed((value): value is boolean => typeof value === 'boolean', 'true or false (without quotes)');

/** A whole number above zero, without quotes. */
export const positiveWhole = typed(
  (value): value is number => typeof value === 'number',
  'a whole number without quotes',
  (value, path, report) => (Number.isInteger(value) && value > 0) || report(path, `${value} is not a whole number above 0 — write e.g. 1, 6 or 12`),
);

/** A list of items that each pass `item`; with `required`, at least one of them. */
export const listOf = (item: Check, noun: string, required?: boolean): Check =>
  typed(Array.isArray, `a list [ … ] of ${noun} entries`, (value: unknown[], path, report) => {
    if (required && !value.length) report(path, `is empty — add at least one ${noun}`);
    for (let i = 0; i < value.length; i++) item(value[i], `${path}[${i}]`, report);
  });

/** Text in Kazakh, Russian and English, each present and non-empty (and passing `rule`). */
export const localized = (rule = filled): Check =>
  typed(isRecord, `an object with one text per language, ${IN_EVERY_LANGUAGE}`, (value, path, report) => {
    for (const lang of LANGS) {
      const at = `${path}.${lang}`;
      const language = LANGUAGE_NAMES[lang];
      const name = `the ${language} (${lang}) text`;
      const entry = Object.keys(value).includes(lang) ? value[lang] : undefined;
      if (entry === undefined) report(at, `${name} is missing — add "${lang}": "…" in ${language}`);
      else if (!isText(entry)) mistyped(`${name} in quotes`)(entry, at, report);
      else if (!entry.trim()) report(at, `${name} is empty — write it in ${language}`);
      else text(rule)(entry, at, report);
    }
    reportUnknownFields(value, LANGS, path, report);
  });

/** Text in every language, for the field shorthand. */
const words = localized();

/** An object with exactly these fields: reports missing and unknown ones, then checks each. */
export function objectOf(fields: Record<string, Field>): Check {
  const keys = Object.keys(fields);
  const known = keys.map((key) => key.replace('?', ''));
  return typed(isRecord, 'an object { … }', (value, path, report) => {
    const present = Object.keys(value);
    keys.forEach((key, i) => {
      const name = known[i]!;
      const field = fields[key]!;
      const [check, what] = isText(field) ? [words, `${field}, ${IN_EVERY_LANGUAGE}`] : Array.isArray(field) ? field : [field];
      const at = fieldPath(path, name);
      if (present.includes(name) && value[name] !== undefined) check(value[name], at, report);
      else if (name === key) report(at, `required field "${name}" is missing — add ${what}`);
    });
    reportUnknownFields(value, known, path, report);
  });
}
