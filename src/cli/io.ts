import type { Lang } from '../core/policy-types';
import { LANGS } from '../core/policy-types';

/** Where a command writes, and what it knows of its environment; tests pass their own. */
export interface CliIo {
  /** Print a line to standard output. */
  out(line: string): void;
  /** Print a line to standard error. */
  err(line: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The folder of the built widget files (`dist/`) that `build` copies. */
  distDir: string;
}

/** A problem for the person at the terminal: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG: `kk_KZ.UTF-8` → kk), else en. */
export function envLang(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = locale.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'en';
}
