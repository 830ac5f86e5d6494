/**
 * The private key of the script tag's registration hook on `window`: the loader puts a function
 * there before anything else (a second tag sees it and stands down), and each lazy chunk hands
 * its exports to it. A symbol, so no global name is taken.
 */
export const HOOK = Symbol.for('kelisim');

/** The loader's hook: a chunk's name and what it exports. */
export type Hook = (name: string, exports: object) => void;

/**
 * Hand a chunk's exports to the loader that inserted it (dist/kelisim-<name>.js calls this once
 * as it runs). Loaded without the loader, or twice, it does nothing or the same again: it never throws.
 */
export function register(name: string, exports: object): void {
  const hook = (window as unknown as Record<symbol, unknown>)[HOOK];
  if (typeof hook === 'function') (hook as Hook)(name, exports);
}
