/** A pre-load callback: host code pushes these onto `window.kelisim` before the library loads. */
type Queued<T> = (api: T) => void;

/** Run one callback with the api; an error is reported, never thrown, so the rest still run. */
function runCallback<T>(cb: unknown, api: T): void {
  try {
    if (typeof cb === 'function') (cb as Queued<T>)(api);
  } catch (error) {
    console.error('Kelisim: a callback pushed onto window.kelisim threw:', error);
  }
}

/**
 * Run every callback queued with `target.kelisim.push(cb)` before the library loaded, in order,
 * once each; then replace the queue by `{ push }` that runs a callback at once.
 */
export function drainQueue<T>(target: object, api: T): void {
  const host = target as { kelisim?: unknown };
  const queued = host.kelisim;
  // shift() until empty: a callback that pushes another still gets it run, in order.
  if (Array.isArray(queued)) while (queued.length) runCallback(queued.shift(), api);
  host.kelisim = { push: (cb: Queued<T>) => runCallback(cb, api) };
}
