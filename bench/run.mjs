// `npm run bench`: Kelisim side by side with vanilla-cookieconsent and Orejime in real Chromium
// (issues 8 and 12). Pages come from 127.0.0.1; every visit is a fresh browser context; the libraries
// alternate within each phase and their order rotates round by round; every visit checks that the
// gated stub did not run before consent and ran after it, so a fast wrong result fails the run.
//
//   node bench/run.mjs [--rounds 15] [--libs kelisim,vanilla,orejime] [--no-lighthouse]   (BENCH_VERBOSE=1: driver time per visit)
//
// Besides the Playwright visits: each library's npm entry built into a throwaway Vite app (once),
// and after the visits, per round, one Lighthouse mobile run of each page and of the page without
// a consent library (--no-lighthouse skips them: they add about 5 s per page and round).
//
// Writes bench/results/latest.json and bench/results/latest.md and prints the table.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { GOALS_TITLE, goals, goalsMarkdown } from './lib/goals.mjs';
import { startLighthouse } from './lib/lighthouse.mjs';
import { measureNpmImports } from './lib/npm-import.mjs';
import { figures, incompleteTraces, table } from './lib/report.mjs';
import { GENERATED } from './lib/pages.mjs';
import { BARE, LIBRARIES } from './lib/libraries.mjs';
import { ROOT, startServer } from './lib/server.mjs';
import { BenchFailure, prepare, visit } from './lib/visit.mjs';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '15' },
    libs: { type: 'string', default: LIBRARIES.map((l) => l.id).join(',') },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const LIGHTHOUSE = !opts['no-lighthouse'];
const ROUNDS = Number(opts.rounds);
const libs = LIBRARIES.filter((l) => opts.libs.split(',').includes(l.id));
if (!(ROUNDS >= 1) || !libs.length) {
  console.error('usage: node bench/run.mjs [--rounds N] [--libs kelisim,vanilla,orejime] [--no-lighthouse]');
  process.exit(2);
}

let CHROMIUM;
try {
  CHROMIUM = findChromium();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}

/** Visit kinds of one round, in order; within each, every library once (rotating order). */
const PHASES = [
  { phase: 'first', kind: 'first', throttle: 1, trace: false, click: true },
  { phase: 'firstDialog', kind: 'first', throttle: 1, trace: false, click: false, dialog: true },
  { phase: 'returning', kind: 'returning', throttle: 1, trace: false },
  { phase: 'firstTrace', kind: 'first', throttle: 1, trace: true, click: false },
  { phase: 'returningTrace', kind: 'returning', throttle: 1, trace: true },
  { phase: 'firstTrace4', kind: 'first', throttle: 4, trace: true, click: true },
  { phase: 'returningTrace4', kind: 'returning', throttle: 4, trace: true },
];
/** The ungated stub, for reference, after the returning visits. */
const REFERENCE = { returning: { phase: 'reference', throttle: 1, trace: false }, returningTrace4: { phase: 'reference4', throttle: 4, trace: true } };

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
for (const file of ['dist/kelisim.js', 'dist/kelisim-banner.js', 'dist/kelisim-ui.js']) {
  if (kelisim && !existsSync(ROOT + file)) fail(kelisim, new BenchFailure(`Kelisim: ${file} is missing (run \`npm run build\`)`));
}

const started = Date.now();
const loadBefore = loadavg()[0];
const visits = [];
// npm: what an app pays at import time, once per library (a build, not a browser measurement).
for (const lib of libs.filter((l) => !failed.has(l.id))) {
  try {
    for (const [id, m] of Object.entries(await measureNpmImports([lib]))) visits.push({ round: 0, phase: 'npm', lib: id, ...m });
  } catch (e) {
    fail(lib, new BenchFailure(`${lib.name}: the npm consumer app did not build: ${e.message}`));
  }
}
const npmSeconds = (Date.now() - started) / 1000;
const server = await startServer(GENERATED);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const version = browser.version();
let lighthouseSeconds = 0;
try {
  // Warm-up (not counted): the browser's first contexts and the server's file cache.
  for (const lib of [...libs, BARE]) {
    if (failed.has(lib.id)) continue;
    await visit({ browser, server, lib, kind: lib === BARE ? 'reference' : 'first' }).catch((e) => fail(lib, e));
  }

  // The whole schedule: per round, per phase, every library (order rotating round by round),
  // then the ungated reference where there is one.
  const schedule = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const order = libs.map((_, i) => libs[(i + round - 1) % libs.length]);
    for (const p of PHASES) {
      for (const lib of order) schedule.push({ round, lib, ...p });
      const ref = REFERENCE[p.phase];
      if (ref) schedule.push({ round, lib: BARE, kind: 'reference', trace: false, ...ref });
    }
  }
  const states = new Map(); // `${round}:${lib}` → cookies after "accept all"
  const runnable = (item) =>
    !failed.has(item.lib.id) && (item.kind !== 'returning' || states.has(`${item.round}:${item.lib.id}`));
  // The next visit's context is made while the current page is idle and already measured.
  const prepareFrom = (from) => {
    let i = from;
    while (i < schedule.length && !runnable(schedule[i])) i++;
    if (i >= schedule.length) return null;
    const item = schedule[i];
    const state = item.kind === 'returning' ? states.get(`${item.round}:${item.lib.id}`) : undefined;
    return { i, ready: prepare(browser, item.lib, { state, throttle: item.throttle }).catch((error) => ({ error })) };
  };
  let next = prepareFrom(0);
  let lastRound = 0;
  while (next) {
    const { i } = next;
    const prepared = await next.ready;
    const item = schedule[i];
    next = null;
    let handedOver = false;
    const measured = (v) => {
      if (v?.state) states.set(`${item.round}:${item.lib.id}`, v.state);
      handedOver = true;
      next = prepareFrom(i + 1);
    };
    if (!runnable(item)) {
      // Its library failed since this was prepared.
      if (!prepared.error) await prepared.close();
      measured();
      continue;
    }
    try {
      if (prepared.error) throw prepared.error;
      const v = await visit({ browser, server, lib: item.lib, kind: item.kind, prepared, trace: item.trace, click: item.click, dialog: item.dialog, measured });
      delete v.state;
      visits.push({ round: item.round, phase: item.phase, ...v });
    } catch (e) {
      fail(item.lib, e);
    }
    if (!handedOver) measured();
    if (item.round !== lastRound && (schedule[i + 1]?.round ?? Infinity) !== item.round) {
      lastRound = item.round;
      process.stdout.write(`round ${item.round}/${ROUNDS} done, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }
  await browser.close();

  // Lighthouse, mobile first visit: per round the no-banner page, then every library (rotating).
  if (LIGHTHOUSE) {
    const lhStarted = Date.now();
    const lhServer = await startServer(GENERATED, { compress: true });
    const lh = await startLighthouse({ chromePath: CHROMIUM, origin: lhServer.origin });
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        const bare = await lh.run(BARE.page);
        visits.push({ round, phase: 'lighthouse', lib: BARE.id, ...bare });
        for (const lib of libs.map((_, i) => libs[(i + round - 1) % libs.length])) {
          if (failed.has(lib.id)) continue;
          try {
            const r = await lh.run(lib.page);
            visits.push({ round, phase: 'lighthouse', lib: lib.id, ...r, lcpDelta: r.lcp - bare.lcp });
          } catch (e) {
            fail(lib, e);
          }
        }
        process.stdout.write(`Lighthouse round ${round}/${ROUNDS} done, ${((Date.now() - lhStarted) / 1000).toFixed(0)} s\n`);
      }
    } finally {
      await lh.close();
      await lhServer.close();
      lighthouseSeconds = (Date.now() - lhStarted) / 1000;
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const fig = figures(visits, libs);
const md = table(fig, libs, failed);
const goalList = goals(fig, libs, failed);
const seconds = (Date.now() - started) / 1000;
const loadAfter = loadavg()[0];
const busy = Math.max(loadBefore, loadAfter) > cpus().length;
const incomplete = incompleteTraces(visits);
const notes = [
  `${ROUNDS} rounds; Chromium ${version} (headless), ${cpus().length} CPUs, Node ${process.version}; ${seconds.toFixed(0)} s (npm builds ${npmSeconds.toFixed(0)} s, Lighthouse ${LIGHTHOUSE ? `${lighthouseSeconds.toFixed(0)} s` : 'skipped'}); load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after${busy ? ' — the machine was busy with other work, so times are noisy' : ''}.`,
  'Each visit is a fresh browser context with an empty cache (files are served `no-store`); a returning visitor carries only the consent cookie. Bytes are what the page requested for consent (the page and the stub excluded), compressed here with gzip -9 and brotli q11.',
  '"Before the banner is visible": the consent files whose request started (resource timing) no later than the first frame with the "accept all" button visible, plus configuration written into the page. "Everything, dialog opened": every consent file of a first visit after clicking the banner\'s settings button and waiting for the preferences dialog.',
  'npm: each library\'s npm entry imported as its docs say (Kelisim: `import { createConsent, mount } from \'kelisim\'`, widget not mounted; vanilla-cookieconsent: its module and CSS; Orejime 3: its standalone build and CSS, the only form it ships) into a throwaway Vite app built for production; gzip -9 of the chunks and CSS the page loads at once, and of the chunks it loads later.',
  LIGHTHOUSE ? `Lighthouse 12.2.3: mobile defaults (simulated slow 4G, 4× CPU), LCP audits only, one run per page and round on the same local pages served gzip-compressed; the simulated LCP of each page minus that of the same page without a consent library in the same round.` : 'Lighthouse: skipped (--no-lighthouse).',
  'Times are taken in the page: performance.now() (0 = navigation start) in the first animation frame where the "accept all" button is rendered visible; the click by a capture-phase listener; the gated stub records its own start.',
  `Main-thread JS: from a Chromium trace, top-level script events on the renderer main thread (compile, evaluate, callbacks) belonging to the library\'s files, with URL-less ones (module evaluation, microtasks) split by V8 CPU-profiler samples; vanilla-cookieconsent\'s config module counts as its code; "until the banner" ends at the frame where the banner is visible; the gated stub\'s own compile and run never count, even inside a library\'s call. Reported as the events\' thread CPU time (a busy machine does not inflate it; DevTools\' 4× throttling busy-waits on the thread, so it counts); wall time is in the JSON.${incomplete ? ` ${incomplete} traced visit(s) whose CPU profile did not cover the library's work were left out of these rows.` : ''}`,
];
const markdown = `${md}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${GOALS_TITLE}:\n\n${goalsMarkdown(goalList)}\n`;

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.md', import.meta.url), markdown);
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      environment: { chromium: version, node: process.version, cpus: cpus().length, loadAverage: { before: loadBefore, after: loadAfter } },
      rounds: ROUNDS,
      seconds,
      npmSeconds,
      lighthouseSeconds: LIGHTHOUSE ? lighthouseSeconds : null,
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
