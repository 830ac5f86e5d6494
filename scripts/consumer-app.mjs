// What an app pays for importing a library from npm: a throwaway consumer app (an index.html and
// one module) in a temporary folder, built by Vite for production as an app would be, with the
// repository's node_modules linked in. Used by test/dist/npm-split.test.ts and by the bench.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Build an app whose only module is `source` (it may import bare package names, resolved from the
 * repository's node_modules, or absolute paths). Returns every output file with its gzip size
 * (level 9), split into what the page loads at once (`entry`: the entry chunk, the chunks it
 * imports statically and their CSS) and what is loaded later (`lazy`: dynamically imported chunks
 * and everything only they need).
 * @param {string} source the app's main module
 */
export async function buildConsumerApp(source) {
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-consumer-'));
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><script type="module" src="/main.js"></script></head><body></body></html>\n');
    writeFileSync(join(dir, 'main.js'), source);
    const result = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      // The same for every library: no modulepreload polyfill in the entry chunk.
      build: { outDir: join(dir, 'dist'), write: false, modulePreload: { polyfill: false }, reportCompressedSize: false },
    });
    const files = [result].flat().flatMap((r) => r.output);
    const byName = new Map(files.map((f) => [f.fileName, f]));
    const gzip = (f) => gzipSync(f.type === 'chunk' ? f.code : f.source, { level: 9 }).length;

    // Static closure of a set of chunks, with their CSS.
    const closure = (names, into) => {
      for (const name of names) {
        const f = byName.get(name);
        if (!f || into.has(name)) continue;
        into.add(name);
        if (f.type === 'chunk') {
          closure(f.imports, into);
          closure([...(f.viteMetadata?.importedCss ?? [])], into);
        }
      }
      return into;
    };
    const entryNames = closure(files.filter((f) => f.type === 'chunk' && f.isEntry).map((f) => f.fileName), new Set());
    const lazyRoots = files.filter((f) => f.type === 'chunk' && f.isDynamicEntry && !entryNames.has(f.fileName)).map((f) => f.fileName);
    const lazyNames = [...closure(lazyRoots, new Set())].filter((n) => !entryNames.has(n));
    const describe = (names) => {
      const list = [...names].map((name) => {
        const f = byName.get(name);
        return { fileName: name, gzip: gzip(f), text: f.type === 'chunk' ? f.code : String(f.source) };
      });
      return { files: list, gzip: list.reduce((sum, f) => sum + f.gzip, 0) };
    };
    return { entry: describe(entryNames), lazy: describe(lazyNames) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The consumer apps of the bench and of the test: the npm entries, imported as their docs say. */
export const CONSUMERS = {
  kelisim: `import { createConsent, mount } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};\nwindow.app = { createConsent, mount };\n`,
  vanilla: `import 'vanilla-cookieconsent/dist/cookieconsent.css';\nimport * as CookieConsent from 'vanilla-cookieconsent';\nwindow.app = { run: CookieConsent.run };\n`,
  // Orejime 3 ships only standalone builds ("you'll find the required JS and CSS files in dist").
  orejime: `import 'orejime/dist/orejime-standard.css';\nimport 'orejime/dist/orejime-standard-en.js';\n`,
};
