/** One `dataLayer` entry: a gtag command (its arguments) or a plain event object. */
export type DataLayerEntry = { kind: 'consent-mode' | 'data-layer'; entry: unknown };

/** `gtag()` pushes its `arguments` object; make it an array the log can show. */
function plain(item: unknown): unknown {
  return Object.prototype.toString.call(item) === '[object Arguments]' ? Array.from(item as ArrayLike<unknown>) : item;
}

/**
 * Create the page's `dataLayer` before the widget does and report every push: Consent Mode
 * commands (`gtag('consent', …)`, `gtag('set', …)`) apart from other commands and events.
 */
export function watchDataLayer(win: { dataLayer?: unknown[] }, onPush: (push: DataLayerEntry) => void): void {
  const layer = (win.dataLayer ??= []);
  const push = layer.push.bind(layer);
  layer.push = (...items: unknown[]) => {
    for (const item of items) {
      const entry = plain(item);
      const command = Array.isArray(entry) ? entry[0] : undefined;
      onPush({ kind: command === 'consent' || command === 'set' ? 'consent-mode' : 'data-layer', entry });
    }
    return push(...items);
  };
}
