import { closestName } from './closest-name';
import { isRecord, isText, quoteAll, withGuess, type Report } from './field-checks';
import { fixId } from './policy-formats';
import type { ProblemCode } from './problem-message';

/** An object found in a list of the policy, with its JSON path. */
export type Entry = [item: Record<string, unknown>, path: string];

/** The objects in the list at `value` (skipping anything else: the field checks report it). */
export const entries = (value: unknown, path: string): Entry[] =>
  Array.isArray(value) ? value.flatMap((item, i): Entry[] => (isRecord(item) ? [[item, `${path}[${i}]`]] : [])) : [];

/** The texts in a value that may be one text or a list of them. */
export const textsOf = (value: unknown): string[] => (isText(value) ? [value] : Array.isArray(value) ? value.filter(isText) : []);

/**
 * The ids declared in a list. `ids` are the spellings a reference may use: each id as written
 * and, for an id the id check rejects (`Analytics`), the spelling it suggests (`analytics`), so
 * the one mistake is reported once. `valid` are the spellings worth suggesting: never a rejected one.
 */
export interface Ids {
  ids: string[];
  valid: string[];
  /** The id a reference means: itself when declared, else the likeliest valid id (a typo), else undefined. */
  meant(value: string): string | undefined;
}

/** Reports each repeat of a text `key` in `list`, saying where it came first; returns the texts in order of first use. */
export function unique(list: Entry[], key: string, report: Report, code: ProblemCode): string[] {
  // Each text with the path where it came first; a Map keeps thousands of services linear.
  const firsts = new Map<string, string>();
  for (const [item, path] of list) {
    const value = item[key];
    if (!isText(value)) continue;
    const first = firsts.get(value);
    if (first === undefined) firsts.set(value, path);
    else report(`${path}.${key}`, code, { value, first });
  }
  return [...firsts.keys()];
}

/** Reports an id used twice in `list`; returns what references to them may use. */
export function uniqueIds(list: Entry[], report: Report): Ids {
  const declared = unique(list, 'id', report, 'duplicate-id');
  const valid = declared.map((id) => fixId(id)).filter((id) => id);
  const ids = [...new Set([...declared, ...valid])];
  const meant = (value: string) => (ids.includes(value) ? (valid.includes(value) ? value : fixId(value)) : closestName(value, valid));
  return { ids, valid, meant };
}

/** Reports a reference to an id that is not declared (`code`), with the likeliest intended one. */
export function checkReference(value: unknown, path: string, known: Ids, code: ProblemCode, report: Report): void {
  if (isText(value) && !known.ids.includes(value)) {
    report(path, code, withGuess({ value, choices: quoteAll(known.valid) }, closestName(value, known.valid)));
  }
}
