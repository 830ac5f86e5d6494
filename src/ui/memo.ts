import { createElement, type Component, type FunctionComponent } from 'preact';

/**
 * `render` that its parent redraws only when one of its props changes (like React's `memo`):
 * for the long lists of a large policy, so flipping a switch does not redraw every service.
 * Context still reaches it: whatever reads `useTexts` inside redraws when the language changes.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  return function Memo(this: Component<P>, props: P) {
    // The same component always gets the same props (by name): compare their values.
    this.shouldComponentUpdate = (next: P) => Object.keys(next).some((key) => next[key as keyof P] !== this.props[key as keyof P]);
    return createElement(render, props);
  };
}
