import { buildCommand } from './build';
import { HELP } from './help';
import { envLang, UsageError, type CliIo } from './io';
import { scanCommand } from './scan/scan-command';
import { text } from './texts';
import { validateCommand } from './validate';

declare const __KELISIM_VERSION__: string;

const COMMANDS = {
  validate: async (argv: readonly string[], io: CliIo) => validateCommand(argv, io),
  build: async (argv: readonly string[], io: CliIo) => buildCommand(argv, io),
  scan: scanCommand,
};

/**
 * Run the `kelisim` command line `argv` (without `node` and the script) and resolve to its exit
 * code. Problems for people (a missing file, a bad option, a site that does not load) print one
 * `kelisim:` line on stderr and give exit 2; nothing throws.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      io.out(HELP.main);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(__KELISIM_VERSION__);
      return 0;
    }
    if (!(command in COMMANDS)) throw new UsageError(text(envLang(io.env), 'unknownCommand', { value: command }));
    const name = command as keyof typeof COMMANDS;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP[name]);
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
