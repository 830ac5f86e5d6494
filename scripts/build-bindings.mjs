// Builds the framework bindings into dist/, after scripts/build.mjs (which empties dist/):
//   react.js   npm entry `kelisim/react` ('use client'; React external)
//   vue.js     npm entry `kelisim/vue` (Vue external)
//   types/react, types/vue  their declarations
// Both import Kelisim itself from ./index.js (which takes the core from ./core.js), so an app
// that uses `kelisim`, `kelisim/core` and a binding gets one copy of each.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} licence | consent banner for Kazakh websites */`;
const SRC = resolve('src') + '/';
// src/embeds (the embed placeholder, self-contained: no core code) is bundled into react.js: it is
// in neither index.js nor core.js, so nothing is carried twice.
const BINDINGS = [resolve('src/react') + '/', resolve('src/vue') + '/', resolve('src/embeds') + '/'];

/** Anything of Kelisim outside the bindings comes from the built entries, never bundled again. */
const kelisimExternal = {
  name: 'kelisim:bindings-external',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || importer.startsWith('\0')) return null;
    const found = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!found || !found.id.startsWith(SRC) || BINDINGS.some((dir) => found.id.startsWith(dir))) return null;
    if (found.id === resolve('src/index.ts')) return { id: './index.js', external: true };
    if (found.id === resolve('src/core/index.ts')) return { id: './core.js', external: true };
    throw new Error(`${importer}: import Kelisim's own code from '../index' or '../core/index', not ${source}`);
  },
};

for (const [name, directive] of [['react', "'use client';\n"], ['vue', '']]) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [kelisimExternal],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      target: 'es2020',
      sourcemap: false,
      lib: { entry: `src/${name}/index.ts`, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { external: [/^react($|\/)/, /^vue($|\/)/], output: { codeSplitting: false } },
    },
  });
  const file = join('dist', `${name}.js`);
  // The directive first (Next.js reads it: the provider is a client component), then the banner.
  const text = readFileSync(file, 'utf8').replace(/^(['"])use client\1;?\n?/, '');
  writeFileSync(file, `${directive}${banner}\n${text}`);
}

// Declarations, with explicit `.js` on relative specifiers as scripts/build.mjs does for the others
// (tsc writes the core's again too, identical but for the extensions: all of dist/types is fixed).
execFileSync('npx', ['tsc', '-p', 'tsconfig.bindings.json'], { stdio: 'inherit' });
for (const path of walk('dist/types')) {
  {
    const dir = path.slice(0, path.lastIndexOf('/'));
    const text = readFileSync(path, 'utf8').replace(/(from |import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_, lead, q, spec) => {
      if (/\.(js|json)$/.test(spec)) return `${lead}${q}${spec}${q}`;
      const isDir = isDirectory(join(dir, spec));
      return `${lead}${q}${spec}${isDir ? '/index' : ''}.js${q}`;
    });
    writeFileSync(path, text);
  }
}
console.log('built dist/: react.js, vue.js, types/react, types/vue');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith('.d.ts')) yield path;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
