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

/** Offers `guess` as the likely fix, when there is one, before the general `advice`. */
export const suggest = (guess: string | false | undefined, advice: string): string =>
  guess ? `did you mean "${guess}"? Or ${advice}` : advice;

/** The message for text that is not what it should be: `"…" is not a … — [did you mean "…"? Or] write …`. */
export const misfit = (value: string, isNot: string, advice: string, guess?: string | false): string =>
  `"${value}" ${isNot} — ${suggest(guess, advice)}`;

/** Whether a value is an object with fields (not null, not a list). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value is text. */
export const isText = (value: unknown): value is string => typeof value === 'string';

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

const filled: TextRule = (value) => (value.trim() ? null : 'is empty — fill it in');

/** Text; empty text is a problem. With a `rule`, the rule alone judges the text (empty too). */
export const text = (rule = filled, expected = 'text in quotes'): Check =>
  typed(isText, expected, (value, path, report) => {
    const problem = rule(value);
    if (problem) report(path, problem);
  });

/** One word out of a fixed set; a typo gets a suggestion. */
export function oneOf(words: readonly string[], noun: string): Check {
  const choice = `one of ${quoteAll(words)}`;
  return typed(isText, choice, (value, path, report) => {
    if (!words.includes(value)) report(path, misfit(value, `is not ${noun}`, `write ${choice}`, closestName(value, words)));
  });
}

/** true or false, without quotes. */
export const flag = typed((value): value is boolean => typeof value === 'boolean', 'true or false (without quotes)');

/** A whole number above zero, without quotes. */
export const positiveWhole = typed(
  (value): value is number => Number.isInteger(value) && (value as number) > 0,
  'a whole number above 0 without quotes, e.g. 1, 6 or 12',
);

/** A list of items that each pass `item`; with `required`, at least one of them. */
export const listOf = (item: Check, noun: string, required?: boolean): Check =>
  typed(Array.isArray, `a list [ … ] of ${noun} entries`, (value: unknown[], path, report) => {
    if (required && !value.length) report(path, `is empty — add at least one ${noun}`);
    for (let i = 0; i < value.length; i++) item(value[i], `${path}[${i}]`, report);
  });

/** An object with exactly these fields: reports missing and unknown ones, then checks each. */
export function objectOf(fields: Record<string, Field>, expected = 'an object { … }'): Check {
  // Worked out once, not for every object checked: a large policy has thousands of them.
  const specs = Object.keys(fields).map((key): [string, boolean, Check, string?] => {
    const field = fields[key]!;
    return [key.replace('?', ''), key.endsWith('?'), ...(isText(field) ? [words, `${field}, ${IN_EVERY_LANGUAGE}`] : Array.isArray(field) ? field : [field])] as [string, boolean, Check, string?];
  });
  const known = specs.map(([name]) => name);
  return typed(isRecord, expected, (value, path, report) => {
    const present = Object.keys(value);
    for (const [name, optional, check, what] of specs) {
      const at = fieldPath(path, name);
      if (present.includes(name) && value[name] !== undefined) check(value[name], at, report);
      else if (!optional) report(at, `required field "${name}" is missing — add ${what}`);
    }
    for (const key of present) {
      if (known.includes(key)) continue;
      const guess = closestName(key, known);
      report(fieldPath(path, key), `unknown field "${key}" — ${guess ? `did you mean "${guess}"?` : `remove it; the fields allowed here are ${quoteAll(known)}`}`);
    }
  });
}

/** Text in Kazakh, Russian and English, each present and non-empty (and passing `rule`). */
export const localized = (rule = filled): Check =>
  objectOf(
    Object.fromEntries(LANGS.map((lang) => {
      const name = `the ${LANGUAGE_NAMES[lang]} (${lang}) text`;
      const inLanguage: TextRule = (value) => (value.trim() ? rule(value) : `is empty — write it in ${LANGUAGE_NAMES[lang]}`);
      return [lang, [text(inLanguage, `${name} in quotes`), `${name}, "${lang}": "…"`]];
    })),
    `an object with one text per language, ${IN_EVERY_LANGUAGE}`,
  );

/** Text in Kazakh, Russian and English, each present and non-empty. */
export const words = localized();
