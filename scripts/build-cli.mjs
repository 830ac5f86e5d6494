// Builds the `kelisim` command (src/cli/bin.ts) into dist/cli.js: plain Node ESM, started by
// bin/kelisim.mjs. playwright-core stays an import (a dependency); the core and locales are bundled.
// Runs after scripts/build.mjs, which empties dist/.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  configFile: false,
  logLevel: 'warn',
  // The privacy pages `build` writes are rendered by src/policy-page (Preact components).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __KELISIM_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    target: 'node20',
    ssr: 'src/cli/bin.ts',
    rolldownOptions: {
      external: ['playwright-core', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { entryFileNames: 'cli.js', codeSplitting: false, banner: `/*! ${pkg.name} v${pkg.version} | ${pkg.license} licence | the kelisim command */` },
    },
  },
  ssr: { noExternal: true, external: ['playwright-core'] },
});
console.log('built dist/cli.js');
