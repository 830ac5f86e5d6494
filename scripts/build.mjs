// Builds every artefact users get, into dist/:
//   kelisim.js      script-tag loader (IIFE, minified): reads the decision, gates scripts, lazy-loads the UI
//   kelisim-banner.js  the widget's first layer (classic script, minified, Preact, no i18next): guards the
//                   policy, records decisions, shows the banner with build-time strings, loaded on demand
//   kelisim-strings.<lang>.js  the banner's strings of one language, resolved by i18next at build time
//                   (scripts/banner-strings.mjs), loaded with the banner or when the switcher asks
//   kelisim-ui.js   the preferences dialog and the cookie clean-up (classic script, on the banner chunk's
//                   Preact and translator, no i18next), loaded when the page is idle after the banner or
//                   when the settings open
//   kelisim-locale.<lang>.js  the dialog's strings of one language that the banner's do not carry, resolved
//                   by i18next at build time too, loaded with the dialog, per language
//   kelisim-extras.js  a returning visitor's "cookie settings" button, tab sync, the withdrawal event
//                   (classic script), loaded once the page is idle or with the UI
//   kelisim-log.js  the consent log's sender (classic script), after a decision, only on sites with a log
//   kelisim-trackers.js  Yandex Metrica and GA4 loading (classic script), only on sites that use them
//   kelisim-page.js the privacy-policy page for <div data-kelisim="policy-page"> (classic script, with
//                   the widget's and the `page` strings of all three languages resolved at build time,
//                   no i18next), only on a page that has one
//   (the chunks are IIFEs with no exports and no global name: each hands its functions to the
//   loader's registration hook, so the loader inserts them as <script src>, without CORS)
//   index.js        npm entry `kelisim` (ESM, dependencies external); imports core from ./core.js
//   widget.js       the widget of the npm entry, its own chunk: `mount` loads it by a dynamic import
//   core.js         npm entry `kelisim/core` (ESM, headless: no Preact, no i18next)
//   types/          declarations for both npm entries
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { build } from 'vite';
import { bannerStrings, dialogStrings, pageStrings } from './banner-strings.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const banner = `/*! ${pkg.name} v${pkg.version} | ${pkg.license} licence | consent banner for Kazakh websites */`;
const external = [/^preact/, /^i18next/, /^js-cookie/];
const jsx = { jsx: { runtime: 'automatic', importSource: 'preact' } };

// Policy problems' texts (each locale's `problems`) are for the demo, the CLI and core's English
// messages, and the policy page's texts (`page`) for src/policy-page: a widget bundle, whose own
// code shows neither, leaves them out of the locales it carries. `langs`: the locales whose
// problem texts go (the script-tag UI guards the policy with messages of its own: all three).
const withoutProblemTexts = (langs) => ({
  name: 'kelisim-without-problem-texts',
  enforce: 'pre',
  transform(code, id) {
    const lang = /[\\/]locales[\\/](kk|ru|en)\.json$/.exec(id)?.[1];
    if (!lang) return null;
    // `cli`: the kelisim command's texts, never in a bundle; `embed`: the embeds chunk carries its own copy (src/embeds/embed-texts.ts)
    const { problems, page, cli, embed, ...all } = JSON.parse(code);
    return { code: JSON.stringify(langs.includes(lang) ? all : { ...all, problems }), map: null };
  },
});

/**
 * The policy-page chunk without i18next's runtime: its `createI18n` (src/i18n/create-i18n.ts)
 * becomes the widget's static translator over the page's strings in the three languages,
 * resolved by i18next at build time (scripts/banner-strings.mjs, pageStrings).
 */
const compiledI18n = () => ({
  name: 'kelisim:compiled-i18n',
  enforce: 'pre',
  load(id) {
    if (id !== resolve('src/i18n/create-i18n.ts')) return null;
    const tables = Object.fromEntries(['kk', 'ru', 'en'].map((lang) => [lang, pageStrings(lang)]));
    return [
      `import { createStaticStrings } from ${JSON.stringify(resolve('src/i18n/static-strings.ts'))};`,
      'const strings = createStaticStrings();',
      `const tables = ${JSON.stringify(tables)};`,
      'for (const lang in tables) strings.add(lang, tables[lang]);',
      'export const createI18n = () => strings.i18n;',
    ].join('\n');
  },
});

/** A build's entry module `id` with the source `code`. */
function virtualEntry(id, code) {
  return { name: 'kelisim:virtual-entry', resolveId: (source) => (source.endsWith(id) ? `\0${id}` : null), load: (source) => (source === `\0${id}` ? code : null) };
}

/**
 * The dialog chunk runs on the banner chunk's Preact (one renderer, one hooks state) and texts
 * context: its imports of these modules read what the banner chunk put under
 * Symbol.for('kelisim.shared') (src/ui/shared.ts) instead of bundling copies, and the banner
 * chunk shares exactly the bindings the dialog chunk imports (src/ui/shared-modules.ts replaced).
 */
// The banner chunk's own modules the dialog chunk runs on: one texts context, one languages context.
const SHARED_LOCAL = { texts: resolve('src/ui/texts.tsx'), languages: resolve('src/ui/language-switcher.tsx') };
const SHARED_MODULES = resolve('src/ui/shared-modules.ts');
const isShared = (source) => ['preact', 'preact/hooks', 'preact/jsx-runtime'].includes(source);

/** Resolves the shared modules' imports to `to(key)` (key: the specifier, or `texts`). */
function sharedImports(to) {
  return {
    name: 'kelisim:shared-imports',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (isShared(source)) return to(source);
      if (!importer || source.startsWith('\0')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = Object.keys(SHARED_LOCAL).find((k) => SHARED_LOCAL[k] === found?.id);
      return key ? to(key) : null;
    },
  };
}

/** The bindings the dialog chunk imports from each shared module, from an unminified ES build of it. */
async function dialogImports() {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    oxc: jsx,
    define: { __KELISIM_VERSION__: JSON.stringify(pkg.version) },
    plugins: [sharedImports((key) => ({ id: `kelisim-shared:${key}`, external: true }))],
    build: { write: false, minify: false, lib: { entry: CHUNKS['kelisim-ui.js'], formats: ['es'], fileName: () => 'x.js' }, rolldownOptions: { output: { codeSplitting: false } } },
  });
  const names = {};
  for (const [, list, key] of [out].flat()[0].output[0].code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']kelisim-shared:([^"']+)["']/g)) {
    names[key] = [...new Set([...(names[key] ?? []), ...list.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean)])];
  }
  if (/kelisim-shared:[^"']+["']/.test([out].flat()[0].output[0].code.replace(/import\s*\{[^}]*\}\s*from\s*["']kelisim-shared:[^"']+["']/g, ''))) {
    throw new Error('kelisim-ui.js: import shared modules by name only (import { x } from …)');
  }
  return names;
}

/** The dialog chunk's side: each shared module reads the banner chunk's. */
const sharedFromBanner = (names) => ({
  ...sharedImports((key) => `\0shared:${key}`),
  load(id) {
    if (!id.startsWith('\0shared:')) return null;
    const key = id.slice('\0shared:'.length);
    // Without the banner chunk (a stray <script src>) the names are functions that do nothing
    // (module-level calls such as createContext() then throw nothing) and the chunk does nothing.
    const none = `{ ${names[key].map((n) => `${n}: () => {}`).join(', ')} }`;
    return `const shared = (window[Symbol.for('kelisim.shared')] || {})[${JSON.stringify(key)}] || ${none};\nexport const { ${names[key].join(', ')} } = shared;`;
  },
});

/** The banner chunk's side: src/ui/shared-modules.ts with the dialog chunk's bindings only. */
const sharedToDialog = (names) => ({
  name: 'kelisim:shared-to-dialog',
  load(id) {
    if (id !== SHARED_MODULES) return null;
    const spec = (key) => SHARED_LOCAL[key] ?? key;
    const entries = Object.entries(names);
    const imports = entries.map(([key, list], i) => `import { ${list.map((n) => `${n} as s${i}_${n}`).join(', ')} } from ${JSON.stringify(spec(key))};`);
    const values = entries.map(([key, list], i) => `${JSON.stringify(key)}: { ${list.map((n) => `${n}: s${i}_${n}`).join(', ')} }`);
    return `${imports.join('\n')}\nexport const modules = { ${values.join(', ')} };`;
  },
});

/** One library build with the settings every artefact shares. */
function library({ entry, name, format, fileName, minify, externals = [], emptyOutDir = false, plugins = [], output = {} }) {
  return build({
    plugins,
    configFile: false,
    logLevel: 'warn',
    oxc: jsx,
    define: { __KELISIM_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: 'dist',
      emptyOutDir,
      minify,
      terserOptions: { compress: { passes: 2 }, format: { comments: /^!/ } },
      target: 'es2020',
      sourcemap: false,
      lib: { entry, name, formats: [format], fileName: () => fileName },
      rolldownOptions: {
        external: externals,
        output: { banner, codeSplitting: false, ...output },
      },
    },
  });
}

rmSync('dist', { recursive: true, force: true });
await library({ entry: 'src/embed.ts', name: 'Kelisim', format: 'iife', fileName: 'kelisim.js', minify: 'terser' });
// (Vite wants a name for an IIFE; with no exports none is assigned, which the check below holds to.)
const CHUNKS = { 'kelisim-banner.js': 'src/embed-banner.ts', 'kelisim-ui.js': 'src/embed-ui.ts', 'kelisim-extras.js': 'src/embed-extras.ts', 'kelisim-trackers.js': 'src/embed-trackers.ts', 'kelisim-page.js': 'src/embed-page.ts', 'kelisim-embeds.js': 'src/embed-embeds.ts', 'kelisim-log.js': 'src/embed-log.ts' };
const shared = await dialogImports();
for (const [fileName, entry] of Object.entries(CHUNKS)) {
  // The widget never shows policy problems in Kazakh or Russian (see withoutProblemTexts).
  // The page chunk's strings are compiled at build time (compiledI18n).
  const plugins =
    fileName === 'kelisim-banner.js' ? [sharedToDialog(shared), withoutProblemTexts(['kk', 'ru', 'en'])]
    : fileName === 'kelisim-ui.js' ? [sharedFromBanner(shared), withoutProblemTexts(['kk', 'ru', 'en'])]
    : fileName === 'kelisim-page.js' ? [compiledI18n(), withoutProblemTexts(['kk', 'ru', 'en'])] : [];
  await library({ entry, name: 'KelisimChunk', format: 'iife', fileName, minify: 'terser', plugins });
  if (readFileSync(join('dist', fileName), 'utf8').includes('KelisimChunk')) throw new Error(`${fileName}: a chunk must not define a global`);
}

// One language per request: the banner's build-time strings and the dialog's others (no key twice).
for (const lang of ['kk', 'ru', 'en']) {
  for (const [kind, data] of [['strings', bannerStrings(lang)], ['locale', dialogStrings(lang)]]) {
    const fileName = `kelisim-${kind}.${lang}.js`;
    const code = `import { register } from ${JSON.stringify(resolve('src/loader/register.ts'))};\nregister(${JSON.stringify(`${kind}.${lang}`)}, ${JSON.stringify(data)});`;
    await library({ entry: `kelisim-${kind}-entry`, name: 'KelisimChunk', format: 'iife', fileName, minify: 'terser', plugins: [virtualEntry(`kelisim-${kind}-entry`, code)] });
  }
}

// The npm entries. index.js and its widget chunk import every core module from ./core.js, so an
// app that imports both `kelisim` and `kelisim/core` (or only `kelisim`) gets one copy of the core.
const CORE_DIR = resolve('src/core') + sep;
const coreUsed = new Set([resolve('src/core/index.ts')]);
const coreExternal = {
  name: 'kelisim:core-external',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || importer.startsWith(CORE_DIR) || importer.startsWith('\0')) return null;
    const found = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!found || !found.id.startsWith(CORE_DIR)) return null;
    coreUsed.add(found.id);
    return { id: './core.js', external: true };
  },
};
const npm = await library({
  entry: 'src/index.ts',
  format: 'es',
  fileName: 'index.js',
  minify: false,
  externals: external,
  plugins: [coreExternal, withoutProblemTexts(['kk', 'ru', 'en'])],
  output: {
    codeSplitting: true,
    chunkFileNames: (chunk) => (chunk.facadeModuleId?.endsWith('/src/ui/mount.tsx') ? 'widget.js' : '[name].js'),
  },
});
const npmFiles = [npm].flat().flatMap((o) => o.output.map((f) => f.fileName)).sort();
if (npmFiles.join() !== 'index.js,widget.js') throw new Error(`npm entry: expected index.js and widget.js, got ${npmFiles.join(', ')}`);

// core.js exports kelisim/core's API and whatever else of src/core the two files above import
// (e.g. LANGS, hashString): `export *` of each such module.
const CORE_ENTRY = 'kelisim-core-entry';
await library({
  entry: CORE_ENTRY,
  format: 'es',
  fileName: 'core.js',
  minify: false,
  externals: external,
  plugins: [
    {
      name: 'kelisim:core-entry',
      resolveId: (id) => (id.endsWith(CORE_ENTRY) ? `\0${CORE_ENTRY}` : null),
      load: (id) => (id === `\0${CORE_ENTRY}` ? [...coreUsed].map((file) => `export * from ${JSON.stringify(file)};`).join('\n') : null),
    },
  ],
});

// Every artefact starts with the banner (a minifier may drop the one the bundler adds).
for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
  const text = readFileSync(join('dist', file), 'utf8');
  if (!text.startsWith(banner)) writeFileSync(join('dist', file), `${banner}\n${text}`);
}

// Declarations: tsc emits them; relative specifiers get explicit `.js` so Node's ESM resolution
// (moduleResolution node16/nodenext in users' projects) finds them.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
for (const file of walk('dist/types')) {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const text = readFileSync(file, 'utf8').replace(/(from |import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (_, lead, q, spec) => {
    if (/\.(js|json)$/.test(spec)) return `${lead}${q}${spec}${q}`;
    const isDir = statSafe(join(dir, spec))?.isDirectory();
    return `${lead}${q}${spec}${isDir ? '/index' : ''}.js${q}`;
  });
  writeFileSync(file, text);
}
console.log('built dist/:', readdirSync('dist').join(', '));

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith('.d.ts')) yield path;
  }
}

function statSafe(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
