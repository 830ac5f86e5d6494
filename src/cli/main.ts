import { LANGS, type Lang } from '../core/policy-types';
import { buildCommand } from './build';
import { envLang, UsageError, type CliIo } from './io';
import { scanCommand } from './scan/scan-command';
import { helpText, text } from './texts';
import { validateCommand } from './validate';

declare const __KELISIM_VERSION__: string;

const COMMANDS = {
  validate: async (argv: readonly string[], io: CliIo) => validateCommand(argv, io),
  build: async (argv: readonly string[], io: CliIo) => buildCommand(argv, io),
  scan: scanCommand,
};

/** The language help is printed in: a valid `--lang` (`--lang ru`, `--lang=ru`) anywhere on the line, else the environment's. */
function helpLang(argv: readonly string[], env: CliIo['env']): Lang {
  let lang = envLang(env);
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  });
  return lang;
}

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h';

/**
 * Run the `kelisim` command line `argv` (without `node` and the script) and resolve to its exit
 * code. Problems for people (a missing file, a bad option, a site that does not load) print one
 * `kelisim:` line on stderr and give exit 2; nothing throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || isHelp(command) || (command.startsWith('--lang') && argv.some(isHelp))) {
      io.out(helpText(helpLang(argv, io.env), 'main'));
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(__KELISIM_VERSION__);
      return 0;
    }
    if (!(command in COMMANDS)) throw new UsageError(text(helpLang(argv, io.env), 'unknownCommand', { value: command }));
    const name = command as keyof typeof COMMANDS;
    if (rest.some(isHelp)) {
      io.out(helpText(helpLang(rest, io.env), name));
      return 0;
    }
    return await COMMANDS[name](rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kelisim: ${error.message}`);
      return error.exitCode;
    }
    io.err(`kelisim: ${(error as Error)?.message ?? String(error)}`);
    return 2;
  }
}
