import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { ROOT } from '../e2e/support/server';

/** The outcome of one `kelisim` run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the command in-process (src/cli), with `env` as its environment. */
export async function kelisim(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: ROOT, distDir: `${ROOT}dist/` };
  const code = await run(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Run the built command (`node bin/kelisim.mjs`, i.e. dist/cli.js) as a user would. */
export async function kelisimBin(argv: string[], cwd = ROOT): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`${ROOT}bin/kelisim.mjs`, ...argv], { cwd, env: { ...process.env, LANG: 'C' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
