// The policy preview site (demo/): `npm run demo` serves it, `npm run build:demo` writes demo-dist/.
// The preview runs the REAL built widget: dist/kelisim*.js (loader + lazy chunks), served at
// /dist/* by the dev server and copied into demo-dist/dist/ by the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here('package.json'), 'utf8')) as { version: string };

/** The built script-tag files (`dist/kelisim*.js`: the loader and the chunks it loads on demand). */
function widgetFiles(): string[] {
  const names = existsSync(here('dist')) ? readdirSync(here('dist')).filter((name) => /^kelisim.*\.js$/.test(name)) : [];
  if (!names.includes('kelisim.js')) throw new Error('dist/kelisim.js is missing: run `npm run build` first.');
  return names;
}

/** Read one built widget file; fails with the command that makes it. */
function widgetFile(name: string): string {
  const path = here(`dist/${name}`);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
  return readFileSync(path, 'utf8');
}

/** Serves dist/* (and its list, dist/files.json) in dev, copies both into the build, and accepts consent receipts in dev. */
function builtWidget(): Plugin {
  return {
    name: 'kelisim-demo-built-widget',
    configureServer(server) {
      server.middlewares.use('/dist', (req, res, next) => {
        const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
        if (name === 'files.json') {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(widgetFiles()));
          return;
        }
        if (!/^kelisim[\w-]*\.js$/.test(name) || !existsSync(here(`dist/${name}`))) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(widgetFile(name));
      });
      // A stand-in consent log: the static build has none, so the demo only configures it in dev.
      server.middlewares.use('/consent-log', (req, res) => {
        if (req.method !== 'POST') {
          res.statusCode = 405;
          res.end();
          return;
        }
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          server.config.logger.info(`consent receipt: ${body.slice(0, 200)}`, { timestamp: true });
          res.statusCode = 204;
          res.end();
        });
      });
    },
    generateBundle() {
      for (const name of widgetFiles()) this.emitFile({ type: 'asset', fileName: `dist/${name}`, source: widgetFile(name) });
      // The list the site kit fetches: the loader and every chunk it may load.
      this.emitFile({ type: 'asset', fileName: 'dist/files.json', source: JSON.stringify(widgetFiles()) });
    },
  };
}

export default defineConfig({
  root: here('demo'),
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __KELISIM_VERSION__: JSON.stringify(pkg.version) },
  plugins: [builtWidget()],
  build: {
    outDir: here('demo-dist'),
    emptyOutDir: true,
    target: 'es2020',
    rolldownOptions: {
      input: { index: here('demo/index.html'), preview: here('demo/preview.html') },
    },
  },
});
