/**
 * Makes everything on the page except `keep` inert (not focusable, hidden from assistive
 * technology) while a modal is open: the siblings of `keep` and of each of its ancestors.
 * Returns the function that restores the page exactly as it was.
 */
export function inertOutside(keep: Element): () => void {
  const changed: Element[] = [];
  for (let el: Element | null = keep; el?.parentElement; el = el.parentElement) {
    for (const sibling of el.parentElement.children) {
      if (sibling !== el && !sibling.hasAttribute('inert') && !/^(SCRIPT|STYLE|LINK)$/.test(sibling.tagName)) {
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
    }
  }
  return () => changed.forEach((el) => el.removeAttribute('inert'));
}
