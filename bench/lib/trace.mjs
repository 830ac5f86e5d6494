// Main-thread time of a library, from a Chromium trace of one visit.
//
// Method: on the page's renderer main thread (CrRendererMain), take every top-level JavaScript
// trace event (script compile and evaluation, module compile and evaluation, function calls from
// tasks, timers, frames and events, microtask checkpoints). An event whose own URL is a library
// file counts fully, one with another URL not at all. An event without a URL (module evaluation,
// microtask checkpoints: where a dynamically imported UI and its promise callbacks run) counts by
// the share of V8 CPU-profiler samples (high resolution, ~0.1 ms) inside it whose stack contains
// a library frame. Work the library forces synchronously (style, layout) is inside its events and
// counts; the ordinary rendering of the banner afterwards is not script time and does not.
// Durations are the events' thread CPU time (wall time kept too): see libraryMainThreadTime.

/** Trace categories this analysis needs. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

const JS_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'XHRReadyStateChange',
  'XHRLoad',
  'v8.callFunction',
  'v8.run',
]);

const urlOf = (e) => e.args?.data?.url || e.args?.fileName || e.args?.data?.stackTrace?.[0]?.url || '';

/**
 * @param {any[]} events traceEvents
 * @param {{ origin: string, pagePath: string, libraryPaths: string[], excludePaths?: string[], endMark?: string }} where
 *   `excludePaths`: scripts whose own work never counts, even inside a library's event (the gated
 *   stub the library starts); `endMark`: a console.timeStamp message that ends the window (default
 *   the driver's `bench-window-end`); a window whose mark is missing is an error.
 * @returns {{ ms: number, wallMs: number, cpuMs: number, byEvent: Record<string, number>, samples: number }}
 *   `cpuMs` sums the events' thread CPU time (`tdur`), which other processes on a busy machine do
 *   not inflate, and which includes DevTools' CPU throttling (on Linux its signal handler
 *   busy-waits on the throttled thread); `wallMs` sums their wall time (`dur`). `ms` is `cpuMs`
 *   when every event has a CPU time, else `wallMs`.
 */
export function libraryMainThreadTime(events, { origin, pagePath, libraryPaths, excludePaths = [], endMark = 'bench-window-end' }) {
  const libUrls = new Set(libraryPaths.map((p) => origin + p));
  const excluded = new Set(excludePaths.map((p) => origin + p));
  const pageUrl = origin + pagePath;

  // The renderer that parsed our page, and its main thread.
  const mains = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => [e.pid, e.tid]),
  );
  const parse = events
    .filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl && mains.get(e.pid) === e.tid)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!parse) throw new Error(`trace: no ParseHTML of ${pageUrl} on a renderer main thread`);
  const { pid, tid } = parse;

  const mark = events.find((e) => e.name === 'TimeStamp' && e.pid === pid && e.args?.data?.message === endMark);
  if (!mark && endMark !== 'bench-window-end') throw new Error(`trace: no "${endMark}" mark`);
  const windowEnd = mark ? mark.ts : Infinity;

  // CPU profile of that renderer's main thread (its Profile and chunks share an id).
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid && e.ph === 'P');
  const nodes = new Map();
  const sampleTimes = [];
  const sampleNodes = [];
  if (profile) {
    let t = profile.args.data.startTime;
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
      const cpu = chunk.args.data.cpuProfile ?? {};
      for (const n of cpu.nodes ?? []) nodes.set(n.id, { url: n.callFrame?.url ?? '', name: n.callFrame?.functionName ?? '', parent: n.parent });
      const deltas = chunk.args.data.timeDeltas ?? [];
      (cpu.samples ?? []).forEach((id, i) => {
        t += deltas[i] ?? 0;
        sampleTimes.push(t);
        sampleNodes.push(id);
      });
    }
  }
  const libNode = new Map();
  const onStack = (id, urls, memo) => {
    if (memo.has(id)) return memo.get(id);
    const n = nodes.get(id);
    const v = !!n && (urls.has(n.url) || (n.parent !== undefined && onStack(n.parent, urls, memo)));
    memo.set(id, v);
    return v;
  };
  const excludedNode = new Map();
  // A sample is the library's when a library frame is on its stack and no excluded script's frame.
  const isLib = (id) => onStack(id, libUrls, libNode) && !onStack(id, excluded, excludedNode);
  const idle = (id) => ['(idle)', '(root)'].includes(nodes.get(id)?.name);
  // Samples sorted by time (chunks arrive in order, but be safe).
  const order = sampleTimes.map((_, i) => i).sort((a, b) => sampleTimes[a] - sampleTimes[b]);
  const times = order.map((i) => sampleTimes[i]);
  const ids = order.map((i) => sampleNodes[i]);
  const lowerBound = (x) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const libShare = (from, to) => {
    let lib = 0;
    let all = 0;
    for (let i = lowerBound(from); i < times.length && times[i] <= to; i++) {
      if (idle(ids[i])) continue;
      all++;
      if (isLib(ids[i])) lib++;
    }
    return all ? lib / all : null;
  };

  // Top-level JS events on the main thread.
  const js = events
    // From our page's parsing on (the renderer may have run the blank page it was made on
    // before) to the driver's end-of-window mark, if there is one.
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && JS_EVENTS.has(e.name) && e.dur > 0 && e.ts >= parse.ts && e.ts < windowEnd)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tops = [];
  let end = -Infinity;
  for (const e of js) {
    if (e.ts < end) {
      tops.at(-1).children.push(e); // nested in the current top-level event
      continue;
    }
    end = e.ts + e.dur;
    tops.push({ e, children: [] });
  }
  let wall = 0;
  let cpu = 0;
  let cpuKnown = true;
  let unsampled = 0;
  let uncovered = 0;
  const uncoveredEvents = [];
  const byEvent = {};
  let excludedMs = 0;
  for (const { e, children } of tops) {
    const url = urlOf(e);
    let share;
    // The excluded scripts' own events nested in this one (outermost only), taken off a library event.
    let cut = 0;
    let cutCpu = 0;
    let cutEnd = -Infinity;
    for (const c of children) {
      if (c.ts < cutEnd || !excluded.has(urlOf(c))) continue;
      cutEnd = c.ts + c.dur;
      cut += c.dur;
      cutCpu += c.tdur ?? c.dur;
    }
    if (url) share = libUrls.has(url) ? 1 : 0;
    else {
      // Floor: library-URL events directly inside it (outermost ones only).
      let floor = 0;
      let childEnd = -Infinity;
      for (const c of children) {
        if (c.ts < childEnd) continue;
        childEnd = c.ts + c.dur;
        if (libUrls.has(urlOf(c))) floor += c.dur;
      }
      const sampled = libShare(e.ts, e.ts + e.dur);
      if (sampled === null && (!times.length || e.ts < times[0] || e.ts + e.dur > times[times.length - 1])) {
        // The CPU profile does not cover this event (it started late or its last chunk was lost):
        // it cannot be attributed, so the visit's figure is incomplete and left out.
        uncovered += e.dur;
        uncoveredEvents.push({ name: e.name, at: (e.ts - parse.ts) / 1000, ms: e.dur / 1000, samples: times.length ? [(times[0] - parse.ts) / 1000, (times[times.length - 1] - parse.ts) / 1000] : [] });
        share = floor / e.dur;
      } else if (sampled === null) {
        // No profiler sample inside (too short, or before the sampler started in a new renderer).
        // Module evaluation can only be library code: these pages have no other module scripts.
        share = e.name === 'v8.evaluateModule' ? 1 : floor / e.dur;
        unsampled += e.dur * share;
      } else share = Math.max(floor / e.dur, sampled);
    }
    if (share > 0) {
      // A URL-less event's sampled share already leaves the excluded scripts' samples out.
      const own = url ? 1 : 0;
      wall += Math.max(0, e.dur * share - cut * own);
      if (typeof e.tdur === 'number') cpu += Math.max(0, e.tdur * share - cutCpu * own);
      else cpuKnown = false;
      if (own) excludedMs += cut / 1000;
      byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.dur * share) / 1000;
    }
  }
  return {
    ms: (cpuKnown ? cpu : wall) / 1000,
    wallMs: wall / 1000,
    cpuMs: cpuKnown ? cpu / 1000 : null,
    byEvent,
    excludedMs,
    unsampledMs: unsampled / 1000,
    // Complete unless an event of 1 ms or more lay outside the CPU profile.
    complete: uncovered < 1000,
    uncoveredMs: uncovered / 1000,
    uncoveredEvents,
    samples: times.length,
  };
}
