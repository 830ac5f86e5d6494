import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../e2e/support/server';

const run = (cwd: string, args: string[]) => {
  try {
    return { code: 0, stdout: execFileSync('npx', ['--no-install', 'kelisim', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } }) };
  } catch (error) {
    return { code: (error as { status: number }).status, stdout: (error as { stdout: string }).stdout };
  }
};

// `npm pack`, then the tarball unpacked into a project's node_modules as npm would install it
// (its dependencies linked from this repository's node_modules: no registry is contacted).
it('the packed package runs `npx kelisim` validate, build and --version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-pack-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  cpSync(join(dir, 'package'), join(modules, 'kelisim'), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(modules, 'kelisim', 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  symlinkSync('../kelisim/bin/kelisim.mjs', join(modules, '.bin', 'kelisim'));
  cpSync(join(ROOT, 'test/fixtures/policy.json'), join(dir, 'policy.json'));

  expect(run(dir, ['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n` });
  expect(run(dir, ['validate', 'policy.json'])).toEqual({ code: 0, stdout: 'policy.json: valid\n' });
  const built = run(dir, ['build', 'policy.json', '--out', 'kit']);
  expect(built.code).toBe(0);
  expect(built.stdout).toContain('<script src="/kelisim/kelisim.js"');
  expect(run(dir, ['scan', '--help']).stdout).toContain('Usage: kelisim scan');
});
