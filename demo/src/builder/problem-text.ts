import en from '../../../locales/en.json';
import kk from '../../../locales/kk.json';
import ru from '../../../locales/ru.json';
import { problemKey } from '../../../src/core/problem-message';
import type { Lang, PolicyProblem } from '../../../src/core/policy-types';

const PROBLEMS: Record<Lang, Record<string, string>> = { kk: kk.problems, ru: ru.problems, en: en.problems };

/**
 * A problem's message in `lang`: the locale's `problems.<code>` (or its `_guess` variant) with the
 * problem's params; the English message when the locale has no such key.
 */
export function problemText(problem: PolicyProblem, lang: Lang): string {
  const template = PROBLEMS[lang][problemKey(problem.code, problem.params)];
  if (!template) return problem.message;
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => problem.params[name] ?? '');
}
