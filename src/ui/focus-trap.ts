/** Elements Tab can reach, in document order. */
const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/** The focusable elements inside `container`, leaving out those hidden in closed `<details>`. */
export function focusables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    const closed = el.parentElement?.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  });
}

/**
 * Keeps Tab and Shift+Tab inside `container`, wrapping at both ends. It asks the shadow root,
 * not `document`, which element has focus: from outside, focus is only ever on the host.
 */
export function trapTab(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab') return;
  const items = focusables(container);
  const root = container.getRootNode() as ShadowRoot | Document;
  const index = items.indexOf(root.activeElement as HTMLElement);
  const step = event.shiftKey ? -1 : 1;
  // Focus on none of them (the heading, say): Tab goes to the first, Shift+Tab to the last.
  const next = index < 0 ? (event.shiftKey ? items.length - 1 : 0) : (index + step + items.length) % items.length;
  event.preventDefault();
  items[next]?.focus();
}
