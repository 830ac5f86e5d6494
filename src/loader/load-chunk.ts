import { trustedTypes } from '../core/trusted-types';
import { HOOK, type Hook } from './register';

/** Loads one chunk by name (`ui` → kelisim-ui.js); resolves to its exports, or undefined. */
export type LoadChunk = <T>(name: string, nonce?: string) => Promise<T | undefined>;

/**
 * Installs the registration hook on `win` and returns the function that loads a chunk once: a
 * classic `<script src>` next to `base` (so another origin needs no CORS headers), with the
 * `nonce` given and through the `kelisim` Trusted Types policy. The promise never rejects: a
 * chunk that cannot be loaded, or that ran without registering, is reported once with its URL
 * and what to do, and the promise resolves to undefined.
 */
export function createChunkLoader(win: Window, base: string): LoadChunk {
  const got = new Map<string, object>();
  const loads = new Map<string, Promise<unknown>>();
  (win as unknown as Record<symbol, Hook>)[HOOK] = (name, exports) => void got.set(name, exports);
  return <T>(name: string, nonce?: string) => {
    if (!loads.has(name)) {
      loads.set(
        name,
        new Promise((resolve) => {
          const url = new URL(`kelisim-${name}.js`, base).href;
          const script = document.createElement('script');
          // A classic script runs before its load event: by then the chunk has registered.
          script.onload = script.onerror = () => {
            if (!got.has(name)) console.error(`Kelisim: cannot load ${url}: it is missing or blocked; copy it next to kelisim.js.`);
            resolve(got.get(name));
          };
          script.src = trustedTypes().createScriptURL(url);
          script.nonce = nonce ?? '';
          document.head.append(script);
        }),
      );
    }
    return loads.get(name) as Promise<T | undefined>;
  };
}
