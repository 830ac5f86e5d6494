import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { problemKey } from '../core/problem-message';
import type { Lang, PolicyProblem } from '../core/policy-types';

const PROBLEMS: Record<Lang, Record<string, string>> = { kk: kk.problems, ru: ru.problems, en: en.problems };

/** A policy problem's message in `lang` (the `problems` texts of locales/*.json), English when a text is missing. */
export function problemText(problem: PolicyProblem, lang: Lang): string {
  const key = problemKey(problem.code, problem.params);
  const template = PROBLEMS[lang][key];
  if (template === undefined) return problem.message;
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => problem.params[name] ?? '');
}
