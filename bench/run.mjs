// `npm run bench`: Kelisim side by side with vanilla-cookieconsent and Orejime in real Chromium
// (issue 8). Pages come from 127.0.0.1; every visit is a fresh browser context; the libraries
// alternate within each phase and their order rotates round by round; every visit checks that the
// gated stub did not run before consent and ran after it, so a fast wrong result fails the run.
//
//   node bench/run.mjs [--rounds 15] [--libs kelisim,vanilla,orejime]
//
// Writes bench/results/latest.json and bench/results/latest.md and prints the table.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { figures, goals, goalsMarkdown, table } from './lib/report.mjs';
import { GENERATED } from './lib/pages.mjs';
import { BARE, LIBRARIES } from './lib/libraries.mjs';
import { ROOT, startServer } from './lib/server.mjs';
import { BenchFailure, visit } from './lib/visit.mjs';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '15' },
    libs: { type: 'string', default: LIBRARIES.map((l) => l.id).join(',') },
  },
});
const ROUNDS = Number(opts.rounds);
const libs = LIBRARIES.filter((l) => opts.libs.split(',').includes(l.id));
if (!(ROUNDS >= 1) || !libs.length) {
  console.error('usage: node bench/run.mjs [--rounds N] [--libs kelisim,vanilla,orejime]');
  process.exit(2);
}

// Same flags as the test harness (test/e2e/support/chromium.ts): no network but this machine.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].find(
  (p) => p && existsSync(p),
);
if (!CHROMIUM) {
  console.error('bench: Chromium not found; install Debian\'s `chromium` or set CHROMIUM_PATH.');
  process.exit(2);
}

/** Visit kinds of one round, in order; within each, every library once (rotating order). */
const PHASES = [
  { phase: 'first', kind: 'first', throttle: 1, trace: false, click: true },
  { phase: 'returning', kind: 'returning', throttle: 1, trace: false },
  { phase: 'firstTrace', kind: 'first', throttle: 1, trace: true, click: false },
  { phase: 'returningTrace', kind: 'returning', throttle: 1, trace: true },
  { phase: 'firstTrace4', kind: 'first', throttle: 4, trace: true, click: true },
  { phase: 'returningTrace4', kind: 'returning', throttle: 4, trace: true },
];
/** The ungated stub, for reference, after the returning visits. */
const REFERENCE = { returning: { phase: 'reference', throttle: 1 }, returningTrace4: { phase: 'reference4', throttle: 4, trace: true } };

const failures = new Map();
const failed = new Set();
const fail = (lib, error) => {
  if (!(error instanceof BenchFailure)) error = new BenchFailure(`${lib.name}: ${error?.message ?? error}`);
  failed.add(lib.id);
  if (!failures.has(lib.id)) failures.set(lib.id, error.message);
  console.error(`\nFAIL ${error.message}`);
};

// Kelisim must be built: without the UI bundle there is nothing to measure.
const kelisim = libs.find((l) => l.id === 'kelisim');
for (const file of ['dist/kelisim.js', 'dist/kelisim-ui.js']) {
  if (kelisim && !existsSync(ROOT + file)) fail(kelisim, new BenchFailure(`Kelisim: ${file} is missing (run \`npm run build\`)`));
}

const started = Date.now();
const server = await startServer(GENERATED);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const visits = [];
try {
  // Warm-up (not counted): the browser's first contexts and the server's file cache.
  for (const lib of [...libs, BARE]) {
    if (failed.has(lib.id)) continue;
    await visit({ browser, server, lib, kind: lib === BARE ? 'reference' : 'first' }).catch((e) => fail(lib, e));
  }

  for (let round = 1; round <= ROUNDS; round++) {
    const order = libs.map((_, i) => libs[(i + round - 1) % libs.length]);
    const states = new Map();
    for (const p of PHASES) {
      for (const lib of order) {
        if (failed.has(lib.id)) continue;
        const state = p.kind === 'returning' ? states.get(lib.id) : undefined;
        if (p.kind === 'returning' && !state) continue;
        try {
          const v = await visit({ browser, server, lib, kind: p.kind, state, throttle: p.throttle, trace: p.trace, click: p.click });
          if (p.phase === 'first') states.set(lib.id, v.state);
          delete v.state;
          visits.push({ round, phase: p.phase, ...v });
        } catch (e) {
          fail(lib, e);
        }
      }
      const ref = REFERENCE[p.phase];
      if (ref && !failed.has('bare')) {
        try {
          const v = await visit({ browser, server, lib: BARE, kind: 'reference', throttle: ref.throttle, trace: !!ref.trace });
          visits.push({ round, phase: ref.phase, ...v });
        } catch (e) {
          fail(BARE, e);
        }
      }
    }
    process.stdout.write(`round ${round}/${ROUNDS} done, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const fig = figures(visits, libs);
const md = table(fig, libs, failed);
const goalList = goals(fig, libs, failed);
const seconds = (Date.now() - started) / 1000;
const version = await chromium
  .launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  .then(async (b) => [b.version(), await b.close()][0])
  .catch(() => 'unknown');
const notes = [
  `${ROUNDS} rounds; Chromium ${version} (headless), ${cpus().length} CPUs, Node ${process.version}; ${seconds.toFixed(0)} s.`,
  'Each visit is a fresh browser context with an empty cache (files are served `no-store`); a returning visitor carries only the consent cookie. Bytes are what the page requested for consent (the page and the stub excluded), compressed here with gzip -9 and brotli q11.',
  'Times are taken in the page: performance.now() (0 = navigation start) in the first animation frame where the "accept all" button is rendered visible; the click by a capture-phase listener; the gated stub records its own start.',
  'Main-thread JS: from a Chromium trace, top-level script events on the renderer main thread (compile, evaluate, callbacks) belonging to the library\'s files, with URL-less ones (module evaluation, microtasks) split by V8 CPU-profiler samples; vanilla-cookieconsent\'s config module counts as its code.',
];
const markdown = `${md}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\nGoals (issue 8):\n\n${goalsMarkdown(goalList)}\n`;

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.md', import.meta.url), markdown);
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      environment: { chromium: version, node: process.version, cpus: cpus().length },
      rounds: ROUNDS,
      seconds,
      libraries: libs.map(({ id, name, page }) => ({ id, name, page })),
      failures: Object.fromEntries(failures),
      figures: fig,
      goals: goalList,
      visits,
    },
    null,
    1,
  ) + '\n',
);

console.log('\n' + markdown);
if (failures.size) {
  console.error('\nBENCH FAILED: a library did not behave correctly, so its figures are not valid:');
  for (const message of failures.values()) console.error(`  - ${message}`);
  process.exit(1);
}
