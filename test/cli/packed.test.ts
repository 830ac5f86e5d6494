import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loaderTag } from '../e2e/loader-page';
import { ROOT, startServer, type TestServer } from '../e2e/support/server';

/** `npx kelisim …` in `cwd`, as a user runs it; asynchronous, so this process's fixture server keeps answering. */
async function npx(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'kelisim', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    return { code: 0, stdout };
  } catch (error) {
    return { code: (error as { code: number }).code, stdout: (error as { stdout: string }).stdout };
  }
}

let dir: string;
let version: string;
let server: TestServer;

// `npm pack`, then the tarball unpacked into a project's node_modules as npm would install it
// (its dependencies linked from this repository's node_modules: no registry is contacted).
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kelisim-pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  cpSync(join(dir, 'package'), join(modules, 'kelisim'), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(modules, 'kelisim', 'package.json'), 'utf8'));
  version = pkg.version;
  for (const name of Object.keys(pkg.dependencies)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  symlinkSync('../kelisim/bin/kelisim.mjs', join(modules, '.bin', 'kelisim'));
  cpSync(join(ROOT, 'test/fixtures/policy.json'), join(dir, 'policy.json'));
  server = await startServer();
}, 120_000);
afterAll(() => server?.close());

it('the packed package runs `npx kelisim` --version, validate, build (the whole kit) and help', async () => {
  expect(await npx(dir, ['--version'])).toEqual({ code: 0, stdout: `${version}\n` });
  expect(await npx(dir, ['validate', 'policy.json'])).toEqual({ code: 0, stdout: 'policy.json: valid\n' });
  const built = await npx(dir, ['build', 'policy.json', '--out', 'kit']);
  expect(built.code).toBe(0);
  expect(built.stdout).toContain('<script src="/kelisim/kelisim.js" data-policy="/kelisim/policy.{lang}.json"');
  expect(readdirSync(join(dir, 'kit'))).toEqual(expect.arrayContaining(['kelisim.js', 'kelisim-ui.js', 'policy.kk.json', 'privacy.ru.html', 'privacy.en.fragment.html', 'index.html']));
  expect(readFileSync(join(dir, 'kit', 'privacy.kk.html'), 'utf8')).toContain('<html lang="kk">');
  expect((await npx(dir, ['scan', '--help', '--lang', 'ru'])).stdout).toContain('Использование: kelisim scan');
});

it('the packed package scans a local site: `npx kelisim scan` finds Kelisim and no violation', async () => {
  server.page('/packed/', `<!doctype html><html><head>${loaderTag()}</head><body><p>shop</p></body></html>`);
  const { code, stdout } = await npx(dir, ['scan', `${server.origin}/packed/`, '--pages', '1', '--delay', '0', '--json']);
  const report = JSON.parse(stdout);
  expect(report.pages).toHaveLength(1);
  expect(report.pages[0]).toMatchObject({ url: `${server.origin}/packed/`, tool: true });
  expect(report.pages[0].states.accept.cookies.map((c: { name: string }) => c.name)).toContain('kelisim');
  expect(report.violations).toEqual([]);
  expect(code).toBe(0);
});
