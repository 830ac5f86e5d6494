import { closestName } from './closest-name';
import type { ProblemCode, ProblemParams } from './problem-message';
import { LANGS, type Lang, type ProblemLevel } from './policy-types';

/**
 * Records a problem: the JSON path where it is, the key of its message (`problems.<code>` in the
 * locale files), the values the message names, and its level (an error unless said otherwise).
 */
export type Report = (path: string, code: ProblemCode, params?: ProblemParams, level?: ProblemLevel) => void;

/** Checks a value found at a JSON path and reports what is wrong with it. */
export type Check = (value: unknown, path: string, report: Report) => void;

/** What is wrong with a value: a message code and its parameters. */
export type Finding = [code: ProblemCode, params?: ProblemParams];

/** Says what is wrong with a piece of text, or returns null when it is fine. */
export type TextRule = (text: string) => Finding | null;

/**
 * One field of an object: its check and an example of the field in JSON (for the "is missing"
 * message), or just the example for text in every language. A field whose name ends in `?` may
 * be left out and is given as its check alone.
 */
export type Field = Check | [Check, string];

/** An example of text in every language, for messages. */
export const IN_EVERY_LANGUAGE = '{ "kk": "…", "ru": "…", "en": "…" }';

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

/** The parameters of a message about `value`, with `guess` when there is a likely fix. */
export const withGuess = (params: ProblemParams, guess: string | false | undefined): ProblemParams =>
  guess ? { ...params, guess } : params;

/** How a value looks, written as in JSON so that it reads the same in every language. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return '[ … ]';
  if (isText(value)) return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value === 'object' ? '{ … }' : typeof value;
}

/** Reports that a value is of the wrong type (`code` says what it should be), naming what it is. */
export const mistyped = /* @__NO_SIDE_EFFECTS__ */ (code: ProblemCode): Check => (value, path, report) =>
  report(path, code, { actual: describeValue(value) });

/** A check that the value passes `is`, reporting `code` if not, then runs `then`. */
export /* @__NO_SIDE_EFFECTS__ */ function typed<T>(
  is: (value: unknown) => value is T,
  code: ProblemCode,
  then?: (value: T, path: string, report: Report) => unknown,
): Check {
  return (value, path, report) => (is(value) ? then?.(value, path, report) : mistyped(code)(value, path, report));
}

const filled: TextRule = (value) => (value.trim() ? null : ['empty']);

/** Text; empty text is a problem. With a `rule`, the rule alone judges the text (empty too). */
export const text = /* @__NO_SIDE_EFFECTS__ */ (rule = filled, code: ProblemCode = 'type-text'): Check =>
  typed(isText, code, (value, path, report) => {
    const problem = rule(value);
    if (problem) report(path, ...problem);
  });

/** One word out of a fixed set (`code` names the set); a typo gets a suggestion. */
export /* @__NO_SIDE_EFFECTS__ */ function oneOf(words: readonly string[], code: ProblemCode): Check {
  const choices = quoteAll(words);
  return typed(isText, 'type-text', (value, path, report) => {
    if (!words.includes(value)) report(path, code, withGuess({ value, choices }, closestName(value, words)));
  });
}

/** true or false, without quotes. */
export const flag = /* @__PURE__ */ typed((value): value is boolean => typeof value === 'boolean', 'type-flag');

/** A whole number above zero, without quotes; 0, -1 or 2.5 are told so, not called "not a number". */
export const positiveWhole: Check = (value, path, report) => {
  if (typeof value !== 'number') return mistyped('type-whole')(value, path, report);
  if (!Number.isInteger(value) || value <= 0) report(path, 'whole-above-0', { value: String(value) });
};

/** A list of items that each pass `item`; with `required`, at least one of them. */
export const listOf = /* @__NO_SIDE_EFFECTS__ */ (item: Check, required?: boolean): Check =>
  typed(Array.isArray, 'type-list', (value: unknown[], path, report) => {
    if (required && !value.length) report(path, 'empty-list');
    for (let i = 0; i < value.length; i++) item(value[i], `${path}[${i}]`, report);
  });

/**
 * An object with exactly these fields: reports missing and unknown ones, then checks each. A
 * missing field is reported as `missing(name)`, `missing-field` unless said otherwise.
 */
export /* @__NO_SIDE_EFFECTS__ */ function objectOf(
  fields: Record<string, Field>,
  code: ProblemCode = 'type-object',
  missing = (_name: string): ProblemCode => 'missing-field',
): Check {
  const keys = Object.keys(fields);
  const known = keys.map((key) => key.replace('?', ''));
  return typed(isRecord, code, (value, path, report) => {
    const present = Object.keys(value);
    keys.forEach((key, i) => {
      const name = known[i]!;
      const field = fields[key]!;
      const [check, example] = Array.isArray(field) ? field : [field, ''];
      const at = fieldPath(path, name);
      if (present.includes(name) && value[name] !== undefined) check(value[name], at, report);
      else if (name === key) report(at, missing(name), { field: name, example: `"${name}": ${example}` });
    });
    for (const key of present) {
      if (known.includes(key)) continue;
      report(fieldPath(path, key), 'unknown-field', withGuess({ field: key, allowed: quoteAll(known) }, closestName(key, known)));
    }
  });
}

/** Text in Kazakh, Russian and English, each present and non-empty (and passing `rule`). */
export const localized = /* @__NO_SIDE_EFFECTS__ */ (rule = filled): Check =>
  objectOf(
    Object.fromEntries(LANGS.map((lang) => {
      const inLanguage: TextRule = (value) => (value.trim() ? rule(value) : [`empty-${lang}`]);
      return [lang, [text(inLanguage), '"…"']];
    })),
    'type-localized',
    (lang) => `missing-${lang as Lang}` as const,
  );

/** Text in Kazakh, Russian and English, each present and non-empty. */
export const words = /* @__PURE__ */ localized();

/** The "is missing" example for text in every language. */
export const wordsField: [Check, string] = [words, IN_EVERY_LANGUAGE];
