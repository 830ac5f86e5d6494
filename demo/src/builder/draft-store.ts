import { getAt, setAt } from './json-path';

/** The policy being built: any JSON (it may be incomplete), changed by path, watched by the form. */
export interface DraftStore {
  /** The draft as it is now. */
  get(): unknown;
  /** The value at a JSON path (`$.operator.bin`). */
  at(path: string): unknown;
  /** Change the value at `path` (`undefined` removes it); the listeners hear `'form'`. */
  set(path: string, value: unknown): void;
  /** Replace the whole draft; `source` says who did it (the listeners of that source may skip it). */
  replace(draft: unknown, source: DraftSource): void;
  /** Call `listener` after every change; returns the unsubscribe. */
  subscribe(listener: (draft: unknown, source: DraftSource) => void): () => void;
}

/** Who changed the draft: the form, the JSON view, or a start (blank, sample, upload, stored draft). */
export type DraftSource = 'form' | 'json' | 'start';

/** A draft store starting from `initial`. */
export function createDraftStore(initial: unknown): DraftStore {
  let draft = initial;
  const listeners = new Set<(draft: unknown, source: DraftSource) => void>();
  const emit = (source: DraftSource) => {
    for (const listener of listeners) listener(draft, source);
  };
  return {
    get: () => draft,
    at: (path) => getAt(draft, path),
    set(path, value) {
      draft = setAt(draft, path, value);
      emit('form');
    },
    replace(next, source) {
      draft = next;
      emit(source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
