import type { Lang } from '../core/policy-types';
import { LANGS } from '../core/policy-types';
import { UsageError } from './io';
import { text } from './texts';

/** The options a command takes: on/off flags and options with a value (repeatable ones collect all). */
export interface OptionSpec {
  flags: readonly string[];
  values: readonly string[];
}

/** A command line split into positional arguments, flags and option values. */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/** Split `argv` by `spec`: `--name value`, `--name=value`, flags; throws a `UsageError` on anything else. */
export function parseArgs(argv: readonly string[], spec: OptionSpec, command: string, lang: Lang): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (spec.flags.includes(name) && inline === undefined) parsed.flags.add(name);
    else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(text(lang, 'missingValue', { value: name }));
      parsed.values.set(name, [...(parsed.values.get(name) ?? []), value]);
    } else throw new UsageError(text(lang, 'unknownOption', { value: arg, command }));
  }
  return parsed;
}

/** The `--lang` value, checked (the last one given wins). */
export function langOption(values: Map<string, string[]>, fallback: Lang): Lang {
  const value = values.get('--lang')?.at(-1);
  if (value === undefined) return fallback;
  if (!(LANGS as readonly string[]).includes(value)) throw new UsageError(text(fallback, 'badLang', { value }));
  return value as Lang;
}

/** A whole-number option above 0, or `fallback` when not given. */
export function numberOption(values: Map<string, string[]>, name: string, fallback: number, lang: Lang): number {
  const value = values.get(name)?.at(-1);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(text(lang, 'badNumber', { option: name, value }));
  return Number(value);
}
