import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../../src/core/policy-types';
import { label, type BuilderKey } from './builder-strings';
import type { DraftStore } from './draft-store';

/** What every field of the form reads: the draft, the interface language, the paths with problems. */
export interface BuilderState {
  store: DraftStore;
  lang: Lang;
  /** JSON paths the last check found a problem at. */
  problems: readonly string[];
}

/** The form's state, given by the form's root. */
export const BuilderContext = createContext<BuilderState>(null as unknown as BuilderState);

/** The form's state and its label function, in a field. */
export function useBuilder(): BuilderState & { t: (key: BuilderKey) => string } {
  const state = useContext(BuilderContext);
  return { ...state, t: (key) => label(state.lang, key) };
}

/** Whether a problem was found at `path` (or at the object or list holding it). */
export function isMarked(problems: readonly string[], path: string): boolean {
  return problems.some((p) => p === path || (path.startsWith(p) && /^[.[]/.test(path.slice(p.length)) && !/\[\d+\]$/.test(p)));
}
