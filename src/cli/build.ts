import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang, Policy } from '../core/policy-types';
import { validatePolicy } from '../core/validate-policy';
import { langOption, parseArgs } from './args';
import { envLang, UsageError, type CliIo } from './io';
import { readJsonFile } from './read-policy';
import { kitSnippet, siteKitFiles } from './site-kit';
import { text } from './texts';

/** The options of `kelisim build`. */
export const BUILD_OPTIONS = { flags: [], values: ['--out', '--lang', '--base'] } as const;

/** Write `content` to `file` unless it already holds exactly that; true when it wrote. */
function writeIfChanged(file: string, content: Buffer | string): boolean {
  const bytes = Buffer.from(content);
  if (existsSync(file) && readFileSync(file).equals(bytes)) return false;
  writeFileSync(file, bytes);
  return true;
}

/**
 * `kelisim build <policy.json> --out <dir> [--base /kelisim/]`: validates the policy and, only when
 * it has no errors, writes the site kit into `--out` — the loader and its chunks, the policy, the
 * per-language policies, the privacy pages and their CMS fragments, `snippet.html` and `index.html`
 * (see `siteKitFiles`) — and prints the snippet. A file whose content is unchanged is not rewritten,
 * so a re-run changes nothing.
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
  const base = args.values.get('--base')?.at(-1) ?? '/kelisim/';
  const files = siteKitFiles(policy as Policy, { base, lang, policyText: readFileSync(resolve(io.cwd, file), 'utf8') });
  const dir = resolve(io.cwd, out);
  mkdirSync(dir, { recursive: true });
  let changed = 0;
  for (const name of chunks) changed += +writeIfChanged(join(dir, name), readFileSync(join(io.distDir, name)));
  for (const kit of files) changed += +writeIfChanged(join(dir, kit.name), kit.content);
  io.out(text(lang, 'built', { dir: out, changed }));
  io.out(text(lang, 'snippet', {}));
  io.out(kitSnippet(policy as Policy, base));
  return 0;
}
