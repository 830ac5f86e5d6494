import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../core/policy-types';
import { UsageError } from './io';
import { text } from './texts';

/** The JSON in `file` (relative to `cwd`); a `UsageError` (exit 2) when it cannot be read or is not JSON. */
export function readJsonFile(file: string, cwd: string, lang: Lang): unknown {
  let source: string;
  try {
    source = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    throw new UsageError(text(lang, 'notFound', { file, reason }));
  }
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(text(lang, 'notJson', { file, reason: (error as Error).message }));
  }
}
