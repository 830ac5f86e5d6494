// The `kelisim` command: built into dist/cli.js, started by bin/kelisim.mjs.
import { fileURLToPath } from 'node:url';
import { run } from './main';

// `kelisim scan … | head`: a closed pipe ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
  // dist/cli.js sits next to the widget files it copies.
  distDir: fileURLToPath(new URL('.', import.meta.url)),
});
