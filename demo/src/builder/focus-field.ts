import { formatPath, parsePath } from './json-path';

/**
 * Focus the form's field for a problem at `path`: the field itself, else the first field inside
 * it, else the nearest field holding it (a list's "add" button, for an empty list). Marks it
 * (`data-focused`) and scrolls it into view. Returns whether a field was found.
 */
export function focusField(form: HTMLElement, path: string): boolean {
  const fields = [...form.querySelectorAll<HTMLElement>('[data-path]')];
  const steps = parsePath(path);
  for (let n = steps.length; n >= 0; n--) {
    const at = formatPath(steps.slice(0, n));
    const field = fields.find((f) => f.dataset.path === at) ?? fields.find((f) => /^[.[]/.test(f.dataset.path!.slice(at.length)) && f.dataset.path!.startsWith(at));
    if (!field) continue;
    for (const marked of form.querySelectorAll('[data-focused]')) marked.removeAttribute('data-focused');
    field.setAttribute('data-focused', '');
    field.scrollIntoView({ block: 'center' });
    field.focus();
    return true;
  }
  return false;
}
