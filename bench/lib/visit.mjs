// One visit of one page in a fresh browser context, measured in the page itself.
import { STUB_PATH } from './pages.mjs';
import { sizes, total } from './bytes.mjs';
import { instrument } from './instrument.mjs';
import { TRACE_CATEGORIES, libraryMainThreadTime } from './trace.mjs';

/** Why a visit is wrong; the run fails loudly with it. */
export class BenchFailure extends Error {}

const snapshot = (page) =>
  page.evaluate(() => {
    const b = JSON.parse(JSON.stringify(window.__bench || null));
    if (b) {
      b.resources = performance
        .getEntriesByType('resource')
        .map((r) => ({ path: new URL(r.name).pathname, start: Math.round(r.startTime * 10) / 10, end: Math.round(r.responseEnd * 10) / 10 }));
      const nav = performance.getEntriesByType('navigation')[0];
      b.htmlReceived = nav?.responseEnd;
      b.domContentLoaded = nav?.domContentLoadedEventEnd;
      b.load = nav?.loadEventEnd;
    }
    return b;
  });

/**
 * A fresh browser context and page for one visit, with the instrumentation installed and the
 * CPU throttled; made ahead of time (while the previous page is idle and already measured), so
 * a renderer start-up does not lengthen the run. The page stays on about:blank until the visit.
 * @param {import('playwright-core').Browser} browser
 * @param {import('./libraries.mjs').Library} lib
 * @param {{ state?: object, throttle?: number }} o
 */
export async function prepare(browser, lib, { state, throttle = 1 } = {}) {
  const context = await browser.newContext({ storageState: state, viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(instrument, lib.find);
    const page = await context.newPage();
    const rec = { requests: [], problems: [], clicked: false };
    page.on('request', (r) => rec.requests.push({ url: r.url(), beforeClick: !rec.clicked }));
    page.on('response', (r) => r.status() >= 400 && rec.problems.push(`HTTP ${r.status()} for ${r.url()}`));
    page.on('requestfailed', (r) => rec.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('pageerror', (e) => rec.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && rec.problems.push(`console.error: ${m.text()}`));
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    return { context, page, rec, throttle, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Visit `lib`'s page once in a fresh context.
 * @param {object} o
 * @param {import('playwright-core').Browser} o.browser
 * @param {{ origin: string, body: (p: string) => Buffer|null }} o.server
 * @param {import('./libraries.mjs').Library} o.lib
 * @param {'first'|'returning'|'reference'} o.kind
 * @param {Awaited<ReturnType<typeof prepare>>} [o.prepared] from prepare(); made here if absent
 * @param {object} [o.state] storage state (cookies) from an earlier first visit (when not prepared)
 * @param {number} [o.throttle] CPU slow-down factor (when not prepared)
 * @param {boolean} [o.trace] record a trace for main-thread time
 * @param {boolean} [o.click] on a first visit, click "accept all" and check the gated script runs
 * @param {boolean} [o.dialog] on a first visit (no click), open the preferences dialog and wait for it
 * @param {number} [o.settle] ms to wait after the banner / gated script before checking (×2 when throttled)
 * @param {(out?: object) => void} [o.measured] called once the page is no longer measured (to prepare the next), with the result so far
 */
export async function visit({ browser, server, lib, kind, prepared, state, throttle = 1, trace = false, click = true, dialog = false, settle = 100, measured = () => {} }) {
  prepared ??= await prepare(browser, lib, { state, throttle });
  throttle = prepared.throttle;
  const { page, rec } = prepared;
  const { requests, problems } = rec;
  const where = `${lib.name}, ${kind} visit${throttle > 1 ? `, CPU ${throttle}×` : ''}${trace ? ', traced' : ''}`;
  const fail = (why) => {
    throw new BenchFailure(`${lib.name}: ${why} (${where})`);
  };
  const t0 = Date.now();
  const laps = {};
  let tl = t0;
  const lap = (name) => {
    const now = Date.now();
    laps[name] = now - tl;
    tl = now;
  };
  let released = false;
  const release = (out) => {
    if (!released) (released = true), measured(out);
  };
  let tracing = false;
  try {
    if (trace) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    const timeout = 15000 * throttle;
    await page.goto(server.origin + lib.page, { waitUntil: 'load', timeout });
    lap('goto');

    const out = { lib: lib.id, kind, throttle, traced: trace };
    if (kind === 'first') {
      await page.waitForFunction(() => window.__bench.visibleAt != null, null, { timeout, polling: 20 }).catch(() => fail('the banner never became visible'));
    } else {
      await page.waitForFunction(() => window.__bench.gatedAt != null, null, { timeout, polling: 20 }).catch(() =>
        fail(kind === 'returning' ? "the returning visitor's gated script did not run without a click" : 'the ungated stub did not run'),
      );
    }
    lap('wait');
    await page.waitForTimeout(throttle > 1 ? settle * 2 : settle);
    if (kind === 'first' && dialog) {
      // Everything a visitor who reads the details downloads: the preferences dialog, opened.
      await page.locator(lib.settings).first().click({ timeout });
      await page.locator(lib.dialog).first().waitFor({ state: 'visible', timeout }).catch(() => fail('the preferences dialog never became visible'));
      await page.waitForTimeout(throttle > 1 ? settle * 2 : settle);
    }
    if (trace) {
      // Stop the visibility poll, let the page be quiet (the CPU profile's last chunk can be
      // missing from a trace, and no work of ours should be there), then mark the end of the
      // window analysed in the trace.
      await page.evaluate(() => void (window.__bench.stopped = true));
      await page.waitForTimeout(throttle > 1 ? 200 : 100);
      await page.evaluate(() => console.timeStamp('bench-window-end'));
    }
    lap('settle');
    const traceBuffer = trace ? await browser.stopTracing() : null;
    tracing = false;
    lap('traceStop');
    const before = await snapshot(page);
    if (problems.length) fail(problems.join('; '));
    out.resources = before.resources;
    out.htmlReceived = before.htmlReceived;
    out.load = before.load;
    out.cls = before.shifts.filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0);
    out.shifts = before.shifts;
    out.longtaskMs = before.longtasks.reduce((a, t) => a + t.duration, 0);

    if (kind === 'first') {
      // Correctness before consent: the stub neither ran nor was even requested.
      if (before.gatedRuns || before.gatedAt != null) fail('the gated script ran before consent');
      if (requests.some((r) => new URL(r.url).pathname === STUB_PATH)) fail('the gated script was requested before consent');
      out.visibleAt = before.visibleAt;
      out.foundAt = before.foundAt;
    } else {
      if (before.gatedRuns !== 1) fail(`the gated script ran ${before.gatedRuns} times, not once`);
      if (kind === 'returning' && before.visibleAt != null) fail('the banner was shown again to a returning visitor');
      out.navToGated = before.gatedAt;
    }
    if (kind === 'first' && click) {
      rec.clicked = true;
      // A real (trusted) mouse click in the middle of the button, without Playwright's waiting
      // for animations to end: the page's own capture-phase listener takes the time.
      const box = await page.locator(lib.accept).first().boundingBox({ timeout });
      if (!box) fail('the "accept all" button has no box');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(() => window.__bench.gatedAt != null, null, { timeout, polling: 10 }).catch(() => fail('the gated script did not run after "accept all"'));
      await page.waitForTimeout(50);
      const after = await snapshot(page);
      if (after.clickAt == null) fail('the click was not seen by the page');
      if (after.gatedAtClick) fail('the gated script ran before the click');
      if (after.gatedRuns !== 1) fail(`the gated script ran ${after.gatedRuns} times after accept, not once`);
      out.clickToGated = after.gatedAt - after.clickAt;
      out.state = await prepared.context.storageState();
      if (lib.cookie && !out.state.cookies.some((c) => c.name === lib.cookie)) fail(`no "${lib.cookie}" cookie was stored after accept`);
      lap('click');
    }
    if (problems.length) fail(problems.join('; '));
    release(out);

    // What the page requested for consent: everything but the page itself, the stub and the favicon.
    const files = [];
    for (const r of requests) {
      const path = new URL(r.url).pathname;
      if (path === lib.page || path === STUB_PATH || path === '/favicon.ico') continue;
      const body = server.body(path);
      if (!body) fail(`requested ${path}, which the server does not have`);
      const kindOf = (lib.data ?? []).includes(path) ? 'data' : /\.(m?js|css)$/.test(path) ? 'code' : 'data';
      files.push({ path, kind: kindOf, beforeClick: r.beforeClick, ...sizes(path, body) });
    }
    out.files = files;
    const preClick = files.filter((f) => f.beforeClick);
    out.code = total(preClick.filter((f) => f.kind === 'code'));
    out.data = total(preClick.filter((f) => f.kind === 'data'));
    if (lib.inlineConfig) out.data = total([out.data, sizes(`inline:${lib.id}`, Buffer.from(lib.inlineConfig))]);
    out.afterClick = total(files.filter((f) => !f.beforeClick));
    const inline = lib.inlineConfig ? [sizes(`inline:${lib.id}`, Buffer.from(lib.inlineConfig))] : [];
    if (kind === 'first') {
      // Requested up to the first frame with the banner visible (by the page's resource timing).
      const requestedAt = new Map();
      for (const r of before.resources) if (!requestedAt.has(r.path)) requestedAt.set(r.path, r.start);
      out.beforeBanner = total([...preClick.filter((f) => (requestedAt.get(f.path) ?? Infinity) <= before.visibleAt), ...inline]);
      if (dialog) out.withDialog = total([...preClick, ...inline]);
    }

    if (traceBuffer) {
      // The library's scripts: every script the page requested but the stub (for vanilla this
      // includes its config module, which is where CookieConsent.run() is called).
      const paths = [...new Set(requests.filter((r) => r.beforeClick).map((r) => new URL(r.url).pathname))].filter(
        (p) => /\.m?js$/.test(p) && p !== STUB_PATH,
      );
      const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents;
      // The gated stub's own work never counts, even where the library runs it inside its own call.
      const where = { origin: server.origin, pagePath: lib.page, libraryPaths: paths, excludePaths: [STUB_PATH] };
      out.mainThread = { ...libraryMainThreadTime(events, where), scripts: paths };
      if (kind === 'first') out.mainThreadToBanner = libraryMainThreadTime(events, { ...where, endMark: 'bench-banner-visible' });
      lap('traceParse');
    }
    return out;
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    release();
    await prepared.close();
    lap('close');
    if (process.env.BENCH_VERBOSE) console.log(where, Date.now() - t0, 'ms', JSON.stringify(laps));
  }
}
