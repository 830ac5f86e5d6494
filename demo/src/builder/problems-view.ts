import type { Lang } from '../../../src/core/policy-types';
import type { PolicyCheck } from './check-policy';
import { text } from '../shared/strings';

/** Show the result of a policy check in `box`: a status line and the problems, each with its path. */
export function renderProblems(box: HTMLElement, check: PolicyCheck | undefined, lang: Lang, hasPreview: boolean): void {
  const status = document.createElement('p');
  status.className = 'status';
  const list = document.createElement('ul');
  list.className = 'problem-list';
  box.dataset.state = check?.kind ?? 'empty';

  const problem = (path: string, message: string) => {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.className = 'path';
    code.textContent = path;
    const span = document.createElement('span');
    span.className = 'message';
    span.textContent = message;
    li.append(code, ' ', span);
    list.append(li);
  };

  if (!check) status.textContent = '';
  else if (check.kind === 'valid') status.textContent = text(lang, 'valid');
  else {
    if (check.kind === 'syntax') problem('$', text(lang, 'syntax', check));
    else for (const p of check.problems) problem(p.path, p.message);
    status.textContent = text(lang, 'problemCount', { n: list.children.length }) + (hasPreview ? ' ' + text(lang, 'kept') : '');
  }
  box.replaceChildren(status, ...(list.children.length ? [list] : []));
}
