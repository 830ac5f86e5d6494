/**
 * A function that imports the module at `url` once; later calls reuse the same promise. It
 * never rejects: a bundle that cannot be loaded is reported once, with its URL and what to do,
 * and the promise resolves to undefined.
 */
export function createImporter<T>(url: string): () => Promise<T | undefined> {
  let module: Promise<T | undefined> | undefined;
  return () =>
    (module ??= import(/* @vite-ignore */ url).catch(() => {
      // A module script from another origin needs CORS headers; on the same one, the file is missing.
      const cause = new URL(url).origin === location.origin ? 'copy it next to kelisim.js' : 'serve it with Access-Control-Allow-Origin';
      console.error(`Kelisim: cannot load ${url}: ${cause}.`);
    }));
}
