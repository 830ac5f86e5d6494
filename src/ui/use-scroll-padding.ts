import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * While `active`, keeps the page's `scroll-padding-bottom` at the height of `panel`, so the
 * browser scrolls a focused page element clear of a bottom banner (WCAG 2.2 SC 2.4.11, Focus Not
 * Obscured), and gives `spacer` — in the page's flow, after all its content — that height too, so
 * even the page's last elements can be scrolled clear. Re-measured whenever the panel's size
 * changes; the page's own value comes back after.
 */
export function useScrollPadding(
  panel: RefObject<HTMLElement | null>,
  spacer: RefObject<HTMLElement | null>,
  active: boolean,
): void {
  useLayoutEffect(() => {
    const el = panel.current;
    if (!active || !el) return;
    const style = document.documentElement.style;
    const before = style.scrollPaddingBottom;
    const fit = () => {
      const height = `${el.offsetHeight}px`;
      style.scrollPaddingBottom = height;
      spacer.current?.style.setProperty('height', height);
    };
    // Measured after each layout the browser does anyway, never by forcing one.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
    if (observer) observer.observe(el);
    else fit();
    return () => {
      observer?.disconnect();
      style.scrollPaddingBottom = before;
    };
  }, [active]);
}
