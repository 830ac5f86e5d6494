import { validatePolicy } from '../core/validate-policy';
import type { Lang } from '../core/policy-types';
import { langOption, parseArgs } from './args';
import { envLang, UsageError, type CliIo } from './io';
import { problemText } from './problem-text';
import { readJsonFile } from './read-policy';
import { text } from './texts';

/** The options of `kelisim validate`. */
export const VALIDATE_OPTIONS = { flags: ['--json', '--strict'], values: ['--lang'] } as const;

/**
 * `kelisim validate <policy.json> [--lang kk|ru|en] [--json] [--strict]`: every problem with its
 * path; exit 0 when valid (warnings alone too, unless `--strict`), 1 on errors, 2 on unreadable input.
 */
export function validateCommand(argv: readonly string[], io: CliIo): number {
  const start = envLang(io.env);
  const args = parseArgs(argv, VALIDATE_OPTIONS, 'validate', start);
  const lang: Lang = langOption(args.values, start);
  const file = args.positional[0];
  if (file === undefined) throw new UsageError(text(lang, 'missingArg', { command: 'validate', value: '<policy.json>' }));
  const policy = readJsonFile(file, io.cwd, lang);
  const problems = validatePolicy(policy, { warnings: true });
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  if (args.flags.has('--json')) {
    const list = problems.map((p) => ({ ...p, message: problemText(p, lang) }));
    io.out(JSON.stringify({ file, valid: errors === 0, errors, warnings, problems: list }, null, 2));
  } else {
    io.out(problems.length ? text(lang, 'problems', { file, errors, warnings }) : text(lang, 'valid', { file }));
    for (const p of problems) io.out(`  ${p.level === 'error' ? '✗' : '!'} ${p.path}: ${problemText(p, lang)}`);
  }
  return errors > 0 || (args.flags.has('--strict') && warnings > 0) ? 1 : 0;
}
