/** A function that imports the module at `url` once; later calls reuse the same promise. */
export function createImporter<T>(url: string): () => Promise<T> {
  let module: Promise<T> | undefined;
  return () => (module ??= import(/* @vite-ignore */ url));
}
