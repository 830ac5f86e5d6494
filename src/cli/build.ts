import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang, Policy } from '../core/policy-types';
import { policyRevision } from '../core/revision';
import { validatePolicy } from '../core/validate-policy';
import { langOption, parseArgs } from './args';
import { envLang, UsageError, type CliIo } from './io';
import { readJsonFile } from './read-policy';
import { text } from './texts';

/** The options of `kelisim build`. */
export const BUILD_OPTIONS = { flags: [], values: ['--out', '--lang', '--base'] } as const;

/** The file name the policy gets in the kit. */
export const KIT_POLICY = 'kelisim-policy.json';

/** The script tag for a kit served from `base`: policy URL, revision and optional categories, so returning visitors need no fetch. */
export function snippet(policy: Policy, base: string): string {
  const dir = base.endsWith('/') ? base : `${base}/`;
  const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
  const categories = optional.length ? ` data-categories="${optional.join(' ')}"` : '';
  return `<script src="${dir}kelisim.js" data-policy="${dir}${KIT_POLICY}" data-revision="${policyRevision(policy)}"${categories}></script>`;
}

/** Write `content` to `file` unless it already holds exactly that; true when it wrote. */
function writeIfChanged(file: string, content: Buffer | string): boolean {
  const bytes = Buffer.from(content);
  if (existsSync(file) && readFileSync(file).equals(bytes)) return false;
  writeFileSync(file, bytes);
  return true;
}

/**
 * `kelisim build <policy.json> --out <dir> [--base /kelisim/]`: validates the policy and, only when
 * it has no errors, writes the loader and its chunks, the policy and `snippet.html` into `--out`,
 * printing the snippet. A file whose content is unchanged is not rewritten, so a re-run changes nothing.
 */
export function buildCommand(argv: readonly string[], io: CliIo): number {
  const start = envLang(io.env);
  const args = parseArgs(argv, BUILD_OPTIONS, 'build', start);
  const lang: Lang = langOption(args.values, start);
  const file = args.positional[0];
  const out = args.values.get('--out')?.at(-1);
  if (file === undefined) throw new UsageError(text(lang, 'missingArg', { command: 'build', value: '<policy.json>' }));
  if (out === undefined) throw new UsageError(text(lang, 'missingArg', { command: 'build', value: '--out <dir>' }));
  const policy = readJsonFile(file, io.cwd, lang);
  if (validatePolicy(policy).length) {
    io.err(`kelisim: ${text(lang, 'invalidBuild', { file })}`);
    return 1;
  }
  const chunks = existsSync(io.distDir) ? readdirSync(io.distDir).filter((name) => /^kelisim(-[a-z]+(\.(kk|ru|en))?)?\.js$/.test(name)).sort() : [];
  if (!chunks.includes('kelisim.js')) throw new UsageError(text(lang, 'noDist', { dir: io.distDir }));
  const dir = resolve(io.cwd, out);
  mkdirSync(dir, { recursive: true });
  const tag = snippet(policy as Policy, args.values.get('--base')?.at(-1) ?? '/kelisim/');
  let changed = 0;
  for (const name of chunks) changed += +writeIfChanged(join(dir, name), readFileSync(join(io.distDir, name)));
  changed += +writeIfChanged(join(dir, KIT_POLICY), readFileSync(resolve(io.cwd, file)));
  changed += +writeIfChanged(join(dir, 'snippet.html'), `${tag}\n`);
  io.out(text(lang, 'built', { dir: out, changed }));
  io.out(text(lang, 'snippet', {}));
  io.out(tag);
  return 0;
}
