// The English text of every policy problem comes from the en locale's `problems` section, so
// core stays free of i18next and the three languages share one set of keys. The demo and the
// CLI render the same `code` and `params` with i18next in the interface's language.
import { problems as EN } from '../../locales/en.json';

/** A problem's message key under `problems` in `locales/*.json` (without the `_guess` variant). */
export type ProblemCode = Exclude<keyof typeof EN, `${string}_guess`>;

/** The values a problem's message names, e.g. `{ value: 'ru', guess: 'RU' }`. */
export type ProblemParams = Record<string, string>;

/**
 * The key of a problem's message: `code`, or `code_guess` (an i18next context) when the problem
 * carries a likely fix in `params.guess` and the message has a "did you mean" variant.
 */
export function problemKey(code: string, params: ProblemParams): string {
  return params.guess !== undefined && `${code}_guess` in EN ? `${code}_guess` : code;
}

/** A problem's English message: its template with every `{{name}}` filled in from `params`. */
export function problemMessage(code: string, params: ProblemParams = {}): string {
  const template = (EN as Record<string, string>)[problemKey(code, params)] ?? code;
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => params[name] ?? '');
}
