import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kelisim, kelisimBin } from './run-cli';

const GOOD = 'test/fixtures/policy.json';
const tmp = () => mkdtempSync(join(tmpdir(), 'kelisim-cli-'));
/** A policy file with an unknown country code (an error) in a fresh folder. */
function badPolicy(): string {
  const policy = JSON.parse(readFileSync(GOOD, 'utf8'));
  policy.categories[1].services[0].country = 'XX';
  const file = join(tmp(), 'bad.json');
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

describe('kelisim validate', () => {
  it('exits 0 on a valid policy', async () => {
    const result = await kelisim(['validate', GOOD, '--lang', 'en']);
    expect(result).toMatchObject({ code: 0, stdout: `${GOOD}: valid` });
  });

  it.each([
    ['kk', 'қате — 1'],
    ['ru', 'ошибок — 1'],
    ['en', '1 error(s)'],
  ])('lists each error with its path in %s and exits 1', async (lang, heading) => {
    const result = await kelisim(['validate', badPolicy(), '--lang', lang]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(heading);
    expect(result.stdout).toContain('$.categories[1].services[0].country');
    expect(result.stdout).toContain('"XX"');
  });

  it('takes the language from the environment (LANG=ru_RU.UTF-8), else English', async () => {
    expect((await kelisim(['validate', badPolicy()], { LANG: 'ru_RU.UTF-8' })).stdout).toContain('ошибок');
    expect((await kelisim(['validate', badPolicy()], { LANG: 'de_DE.UTF-8' })).stdout).toContain('error(s)');
  });

  it('--json prints the problems for other tools, messages in the chosen language', async () => {
    const result = await kelisim(['validate', badPolicy(), '--json', '--lang', 'kk']);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({ path: '$.categories[1].services[0].country', level: 'error', code: expect.any(String) });
    expect(report.problems[0].message).toMatch(/[әіңғүұқөһ]/);
  });

  it('warnings alone exit 0, and 1 with --strict', async () => {
    const policy = JSON.parse(readFileSync(GOOD, 'utf8'));
    policy.summary.kk = policy.summary.ru; // a Kazakh text that is the Russian one: a warning
    const file = join(tmp(), 'warn.json');
    writeFileSync(file, JSON.stringify(policy));
    const plain = await kelisim(['validate', file, '--json']);
    expect(JSON.parse(plain.stdout)).toMatchObject({ valid: true, errors: 0, warnings: expect.any(Number) });
    expect(JSON.parse(plain.stdout).warnings).toBeGreaterThan(0);
    expect(plain.code).toBe(0);
    expect((await kelisim(['validate', file, '--strict'])).code).toBe(1);
  });

  it('a missing file or one that is not JSON: one line, exit 2, no stack trace', async () => {
    const missing = await kelisim(['validate', 'nope.json']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^kelisim: cannot read nope\.json: no such file/);
    const file = join(tmp(), 'text.json');
    writeFileSync(file, '{ "operator": ');
    const broken = await kelisim(['validate', file, '--lang', 'ru']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('не JSON');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('bad command lines exit 2 with a hint', async () => {
    expect(await kelisim(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('kelisim --help') });
    expect(await kelisim(['validate', GOOD, '--colour'])).toMatchObject({ code: 2, stderr: expect.stringContaining('kelisim validate --help') });
    expect(await kelisim(['validate', GOOD, '--lang', 'de'])).toMatchObject({ code: 2 });
  });
});

describe('kelisim --help and --version', () => {
  it('print the usage and the version', async () => {
    expect((await kelisim(['--help'])).stdout).toContain('Usage: kelisim <command>');
    for (const command of ['validate', 'build', 'scan']) {
      expect((await kelisim([command, '--help'])).stdout).toContain(`Usage: kelisim ${command}`);
    }
    expect((await kelisim(['build', '--help'])).stdout).toContain('Not yet: per-language policy files and the privacy-policy pages');
  });

  it('the built command (bin/kelisim.mjs → dist/cli.js) runs as plain Node', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(await kelisimBin(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect((await kelisimBin(['validate', badPolicy()])).code).toBe(1);
    expect((await kelisimBin(['validate', 'nope.json'])).code).toBe(2);
  });
});

describe('kelisim build', () => {
  it('writes the loader, its chunks, the policy and the snippet, and prints the snippet', async () => {
    const out = tmp();
    const result = await kelisim(['build', GOOD, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['kelisim-embeds.js', 'kelisim-extras.js', 'kelisim-page.js', 'kelisim-policy.json', 'kelisim-trackers.js', 'kelisim-ui.js', 'kelisim.js', 'snippet.html']);
    expect(readFileSync(join(out, 'kelisim.js'))).toEqual(readFileSync('dist/kelisim.js'));
    const tag = '<script src="/kelisim/kelisim.js" data-policy="/kelisim/kelisim-policy.json" data-revision="2026-01" data-categories="analytics"></script>';
    expect(result.stdout).toContain(tag);
    expect(readFileSync(join(out, 'snippet.html'), 'utf8')).toBe(`${tag}\n`);
  });

  it('re-running on an unchanged policy changes no file', async () => {
    const out = tmp();
    await kelisim(['build', GOOD, '--out', out]);
    const times = readdirSync(out).map((name) => statSync(join(out, name)).mtimeMs);
    const again = await kelisim(['build', GOOD, '--out', out, '--lang', 'en']);
    expect(again.stdout).toContain('(0 file(s) changed)');
    expect(readdirSync(out).map((name) => statSync(join(out, name)).mtimeMs)).toEqual(times);
  });

  it('writes nothing for a policy with errors (exit 1)', async () => {
    const out = join(tmp(), 'kit');
    const result = await kelisim(['build', badPolicy(), '--out', out, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(() => readdirSync(out)).toThrow();
  });
});
