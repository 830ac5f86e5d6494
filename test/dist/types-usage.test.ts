// test/types/usage.ts, compiled against the published declarations (`kelisim` → dist/types), the
// way a user's TypeScript project sees them: the example compiles, and every wrong config marked
// `@ts-expect-error` fails on its own line — not because of some other, unrelated mistake.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { ROOT } from '../e2e/support/server';

const USAGE = `${ROOT}test/types/usage.ts`;
const DIRECTIVE = /\/\/ @ts-expect-error\b.*$/;

/** The example importing the package by its name, as users write it. */
const published = readFileSync(USAGE, 'utf8').replace(`from '../../src/index'`, `from 'kelisim'`);
/** The same without the directives (line numbers kept), so the wrong lines report their errors. */
const unmarked = published.split('\n').map((line) => line.replace(DIRECTIVE, '// (must fail)')).join('\n');
/** 1-based line numbers right below each directive. */
const wrongLines = published.split('\n').flatMap((line, i) => (DIRECTIVE.test(line) ? [i + 2] : []));

/** Type-check `files` (virtual, next to usage.ts) with the repository's tsconfig; diagnostics by file. */
function check(files: Record<string, string>): Map<string, ts.Diagnostic[]> {
  const { config } = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [`${ROOT}test/types/${name}`, text]));
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.getSourceFile = (name, lang, ...rest) => {
    const text = virtual.get(name);
    return text === undefined ? getSourceFile(name, lang, ...rest) : ts.createSourceFile(name, text, lang);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const all = ts.getPreEmitDiagnostics(program);
  return new Map([...virtual.keys()].map((name) => [name.slice(name.lastIndexOf('/') + 1), all.filter((d) => d.file?.fileName === name)]));
}

/** "line: message" for each diagnostic. */
const lines = (diagnostics: ts.Diagnostic[] = []) =>
  diagnostics.map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);

test('the npm example compiles against dist/types, and each wrong config fails on its own line', () => {
  const result = check({ 'usage.published.ts': published, 'usage.unmarked.ts': unmarked });
  expect(lines(result.get('usage.published.ts'))).toEqual([]);

  const failing = lines(result.get('usage.unmarked.ts'));
  expect(wrongLines).toHaveLength(5);
  expect([...new Set(failing.map((text) => Number(text.split(':')[0])))]).toEqual(wrongLines);
}, 60_000);
