import { Component, createElement, type FunctionComponent } from 'preact';

/** Whether two props objects differ in any value (compared by identity). */
function changed<P extends object>(a: P, b: P): boolean {
  for (const key in a) if (a[key] !== b[key]) return true;
  for (const key in b) if (!(key in a)) return true;
  return false;
}

/**
 * `render` that its parent re-renders only when one of its props changes (like React's `memo`):
 * for the long lists of a large policy, so toggling a switch does not redraw every service.
 * Context still reaches it: a component that reads `useTexts` redraws when the language changes.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return changed(this.props, next);
    }
    override render(props: P) {
      return createElement(render, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
