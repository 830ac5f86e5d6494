import { build } from 'vite';
import { ROOT } from './server';

const cache = new Map<string, Promise<string>>();

/** Build a TS entry (repo-relative path) into an IIFE that sets `window[globalName]`; cached per entry. */
export function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const key = `${entry}\0${globalName}`;
  let code = cache.get(key);
  if (!code) {
    code = build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      publicDir: false,
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: globalName } },
    }).then((result) => {
      const output = Array.isArray(result) ? result[0] : result;
      if (!output || !('output' in output)) throw new Error(`Building ${entry} gave no bundle.`);
      return output.output[0].code;
    });
    cache.set(key, code);
  }
  return code;
}
