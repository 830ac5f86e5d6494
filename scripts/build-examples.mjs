// `npm run examples`: builds every app under examples/ against the packed package, as a user's
// app would get it from npm. The package is packed (`npm pack`, after `npm run build` if dist/ is
// missing) and unpacked into each app's node_modules/kelisim, in a copy of the app in a temporary
// folder; every other dependency is linked from the repository's node_modules. Each app is
// type-checked (tsc) and built for production (vite build / next build); the times are printed.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = {
  tsc: join(ROOT, 'node_modules/typescript/bin/tsc'),
  vite: join(ROOT, 'node_modules/vite/bin/vite.js'),
  next: join(ROOT, 'node_modules/next/dist/bin/next'),
};
/**
 * Each example: how it is built after the type check. Next.js builds with webpack here: Turbopack
 * compiles no file outside the app's root, and the linked node_modules are (a real install is not).
 */
const EXAMPLES = { 'react-vite': ['vite', 'build'], 'vue-vite': ['vite', 'build'], nextjs: ['next', 'build', '--webpack'] };
const only = process.argv.slice(2);

const run = (cwd, bin, args) => execFileSync(process.execPath, [bin, ...args], { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

if (!existsSync(join(ROOT, 'dist/react.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'kelisim-examples-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop();
  for (const [name, [tool, ...args]] of Object.entries(EXAMPLES)) {
    if (only.length && !only.includes(name)) continue;
    const start = performance.now();
    const app = join(work, name);
    cpSync(join(ROOT, 'examples', name), app, { recursive: true });
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, 'kelisim'), { recursive: true });
    for (const dep of readdirSync(join(ROOT, 'node_modules'))) {
      if (dep !== 'kelisim' && dep !== '.bin') symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
    }
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', join(modules, 'kelisim'), '--strip-components=1']);
    if (tool !== 'next') run(app, BIN.tsc, ['--noEmit', '-p', 'tsconfig.json']); // next build type-checks itself
    run(app, BIN[tool], args);
    console.log(`examples/${name}: type-checked and built in ${seconds(start)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
