import type { WidgetAction } from './widget';

/** What the host page's `data-kelisim` elements can ask for. */
export interface HostActionHandlers {
  open(opener: Element): void;
  act(action: WidgetAction): void;
}

/**
 * One delegated click listener on `doc`, so host elements with `data-kelisim="open-settings"`,
 * `"accept-all"` or `"reject-all"` work even when added after the widget. Clicks inside the
 * widget reach `doc` retargeted to the host element and are ignored here.
 * Returns the function that removes the listener.
 */
export function listenHostActions(doc: Document, handlers: HostActionHandlers): () => void {
  const onClick = (event: Event) => {
    const el = (event.target as Element | null)?.closest?.('[data-kelisim]');
    const action = el?.getAttribute('data-kelisim');
    if (!el || (action !== 'open-settings' && action !== 'accept-all' && action !== 'reject-all')) return;
    // A link such as <a href="#" data-kelisim="open-settings"> must not also navigate.
    event.preventDefault();
    if (action === 'open-settings') handlers.open(el);
    else handlers.act(action);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
