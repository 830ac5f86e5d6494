/** Typed listeners for a map of event name → detail. */
export interface Emitter<E> {
  /** Listen to an event; returns the function that stops listening. */
  on<K extends keyof E>(event: K, cb: (detail: E[K]) => void): () => void;
  /** Report an event to the listeners, then to `window` as `CustomEvent('kelisim:<name>')`. */
  emit<K extends keyof E & string>(event: K, detail: E[K]): void;
}

/** A new emitter with its own listeners. A throwing listener is reported and the rest still run. */
export function createEmitter<E>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<(detail: never) => void>>();
  return {
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(cb));
      return () => void set.delete(cb);
    },
    emit(event, detail) {
      // A copy: a listener may unsubscribe (or subscribe) while we are calling them.
      for (const cb of [...(listeners.get(event) ?? [])]) {
        try {
          (cb as (d: E[typeof event]) => void)(detail);
        } catch (error) {
          console.error(`Kelisim: a "${event}" listener threw:`, error);
        }
      }
      if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
        window.dispatchEvent(new CustomEvent('kelisim:' + event, { detail }));
      }
    },
  };
}
