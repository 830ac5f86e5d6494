import type { Lang } from '../../../src/core/policy-types';
import { text } from '../shared/strings';
import type { PolicyCheck } from './check-policy';
import { problemText } from './problem-text';

/**
 * Show a policy check in `box`: a status line and the problems (errors, then warnings), each
 * with its path as a button that calls `onPick(path)`; messages in the interface language.
 */
export function renderProblems(box: HTMLElement, check: PolicyCheck | undefined, lang: Lang, hasPreview: boolean, onPick: (path: string) => void): void {
  const status = document.createElement('p');
  status.className = 'status';
  const list = document.createElement('ul');
  list.className = 'problem-list';
  box.dataset.state = check?.kind ?? 'empty';

  const problem = (path: string, message: string, level: string) => {
    const li = document.createElement('li');
    li.dataset.level = level;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'path';
    button.textContent = path;
    button.addEventListener('click', () => onPick(path));
    const span = document.createElement('span');
    span.className = 'message';
    span.textContent = (level === 'warning' ? text(lang, 'warning') + ': ' : '') + message;
    li.append(button, ' ', span);
    list.append(li);
  };

  if (check?.kind === 'syntax') problem('$', text(lang, 'syntax', check), 'error');
  else if (check) {
    const sorted = [...check.problems].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
    for (const p of sorted) problem(p.path, problemText(p, lang), p.level);
  }
  const errors = check?.kind === 'valid' ? 0 : list.querySelectorAll('[data-level="error"]').length;
  if (!check) status.textContent = '';
  else if (check.kind === 'valid') status.textContent = text(lang, 'valid');
  else status.textContent = text(lang, 'problemCount', { n: errors }) + (hasPreview ? ' ' + text(lang, 'kept') : '');
  box.replaceChildren(status, ...(list.children.length ? [list] : []));
}
