// The figures and the markdown table with Kelisim / peer ratios (the goals are in goals.mjs).
import { summarize } from './stats.mjs';

const KIB = 1024;

/** A traced visit's library CPU time, or null when its CPU profile did not cover the library's work. */
const cpuOf = (m) => (m && m.complete !== false ? (m.cpuMs ?? m.wallMs) : null);
const mainThread = (v) => cpuOf(v.mainThread);
/** The same, up to the first frame with the banner visible. */
const mainThreadToBanner = (v) => cpuOf(v.mainThreadToBanner);

/** How many traced visits were left out for an incomplete CPU profile. */
export const incompleteTraces = (visits) => visits.filter((v) => v.lib !== 'bare' && v.mainThread && v.mainThread.complete === false).length;

/**
 * Rows of the table: which visits a figure comes from and how to read it.
 * `pick(visit)` returns the number; `unit` formats it; `reference` adds the ungated stub.
 */
export const ROWS = [
  { key: 'firstGzip', label: 'First visit: consent JS + CSS, gzip', unit: 'bytes', phase: 'first', pick: (v) => v.code.gzip },
  { key: 'firstBrotli', label: 'First visit: consent JS + CSS, brotli', unit: 'bytes', phase: 'first', pick: (v) => v.code.brotli },
  { key: 'firstRaw', label: 'First visit: consent JS + CSS, raw', unit: 'bytes', phase: 'first', pick: (v) => v.code.raw },
  { key: 'firstData', label: 'First visit: policy / config data, gzip', unit: 'bytes', phase: 'first', pick: (v) => v.data.gzip },
  { key: 'beforeBanner', label: 'First visit: bytes requested before the banner is visible (code + data), gzip', unit: 'bytes', phase: 'first', pick: (v) => v.beforeBanner?.gzip },
  { key: 'withDialog', label: 'First visit: everything, preferences dialog opened (code + data), gzip', unit: 'bytes', phase: 'firstDialog', pick: (v) => v.withDialog?.gzip },
  { key: 'returnGzip', label: 'Returning visit: JS + CSS, gzip', unit: 'bytes', phase: 'returning', pick: (v) => v.code.gzip },
  { key: 'returnBrotli', label: 'Returning visit: JS + CSS, brotli', unit: 'bytes', phase: 'returning', pick: (v) => v.code.brotli },
  { key: 'returnRaw', label: 'Returning visit: JS + CSS, raw', unit: 'bytes', phase: 'returning', pick: (v) => v.code.raw },
  { key: 'returnData', label: 'Returning visit: policy / config data, gzip', unit: 'bytes', phase: 'returning', pick: (v) => v.data.gzip },
  { key: 'visible', label: 'Navigation → banner visible', unit: 'ms', phase: 'first', pick: (v) => v.visibleAt },
  { key: 'visible4', label: 'Navigation → banner visible, CPU 4× (traced run)', unit: 'ms', phase: 'firstTrace4', pick: (v) => v.visibleAt },
  { key: 'jsToBanner', label: 'First visit: library main-thread JS until the banner (CPU time)', unit: 'ms', phase: 'firstTrace', pick: (v) => mainThreadToBanner(v) },
  { key: 'jsToBanner4', label: 'First visit: library main-thread JS until the banner (CPU time), CPU 4×', unit: 'ms', phase: 'firstTrace4', pick: (v) => mainThreadToBanner(v) },
  { key: 'jsFirst', label: 'Library main-thread JS (CPU time), first visit', unit: 'ms', phase: 'firstTrace', pick: (v) => mainThread(v) },
  { key: 'jsFirst4', label: 'Library main-thread JS (CPU time), first visit, CPU 4×', unit: 'ms', phase: 'firstTrace4', pick: (v) => mainThread(v) },
  { key: 'jsReturn', label: "Library main-thread JS (CPU time), returning visit, gated script's own start excluded", unit: 'ms', phase: 'returningTrace', pick: (v) => mainThread(v) },
  { key: 'jsReturn4', label: "Library main-thread JS (CPU time), returning visit, gated script's own start excluded, CPU 4×", unit: 'ms', phase: 'returningTrace4', pick: (v) => mainThread(v) },
  { key: 'acceptToGated', label: 'Click "accept all" → gated script running', unit: 'ms', phase: 'first', pick: (v) => v.clickToGated },
  { key: 'acceptToGated4', label: 'Click "accept all" → gated script running, CPU 4×', unit: 'ms', phase: 'firstTrace4', pick: (v) => v.clickToGated },
  { key: 'returnGated', label: 'Returning visit: navigation → gated script running', unit: 'ms', phase: 'returning', pick: (v) => v.navToGated, reference: 'reference' },
  { key: 'returnGated4', label: 'Returning visit: navigation → gated script running, CPU 4× (traced run)', unit: 'ms', phase: 'returningTrace4', pick: (v) => v.navToGated, reference: 'reference4' },
  { key: 'npmImport', label: 'npm: gzip an app pays at import time (Vite app, widget not mounted)', unit: 'bytes', phase: 'npm', pick: (v) => v.entry },
  { key: 'npmLazy', label: 'npm: gzip loaded later by the app (lazy chunks)', unit: 'bytes', phase: 'npm', pick: (v) => v.lazy },
  { key: 'lcp', label: 'Lighthouse mobile, first visit: LCP (simulated slow 4G, CPU 4×)', unit: 'ms', phase: 'lighthouse', pick: (v) => v.lcp, reference: 'lighthouse' },
  { key: 'lcpDelta', label: "Lighthouse mobile, first visit: LCP minus the no-banner page's LCP", unit: 'ms', phase: 'lighthouse', pick: (v) => v.lcpDelta },
  { key: 'cls', label: 'Layout shift (CLS) until the click', unit: 'cls', phase: 'first', pick: (v) => v.cls, reference: 'reference' },
];

/** Per row and library: median/min/max over the rounds. */
export function figures(visits, libs) {
  const out = {};
  for (const row of ROWS) {
    out[row.key] = {};
    for (const lib of libs) out[row.key][lib.id] = summarize(visits.filter((v) => v.lib === lib.id && v.phase === row.phase).map(row.pick));
    if (row.reference) out[row.key].bare = summarize(visits.filter((v) => v.lib === 'bare' && v.phase === row.reference).map(row.pick));
  }
  return out;
}

export const fmtValue = (unit, x) => {
  if (x == null) return '—';
  if (unit === 'bytes') return x >= KIB ? `${(x / KIB).toFixed(1)} KiB` : `${x} B`;
  if (unit === 'kB') return `${(x / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return Math.abs(x) >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`;
  return x.toFixed(4);
};

const fmtStat = (unit, s) => {
  if (!s) return '—';
  const m = fmtValue(unit, s.median);
  if (fmtValue(unit, s.min) === m && fmtValue(unit, s.max) === m) return m;
  const bare = (x) => fmtValue(unit, x).replace(/ (ms|KiB|B)$/, '');
  return `${m} (${bare(s.min)}–${bare(s.max)})`;
};

const ratio = (a, b) => {
  if (!a || !b) return '—';
  if (b.median === 0) return a.median === 0 ? '—' : '∞';
  // A ratio of differences that can be negative (LCP deltas) says nothing.
  if (a.median < 0 || b.median < 0) return '—';
  return `${(a.median / b.median).toFixed(2)}×`;
};

/** The markdown table. */
export function table(fig, libs, failed) {
  const k = libs.find((l) => l.id === 'kelisim');
  const peers = libs.filter((l) => l.id !== 'kelisim');
  const head = ['Figure (median, min–max)', ...libs.map((l) => l.name + (failed.has(l.id) ? ' (FAILED)' : '')), ...(k ? peers.map((p) => `Kelisim / ${p.name}`) : []), 'ungated stub (reference)'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`];
  for (const row of ROWS) {
    const f = fig[row.key];
    const cells = [row.label, ...libs.map((l) => (failed.has(l.id) ? 'FAILED' : fmtStat(row.unit, f[l.id])))];
    if (k) for (const p of peers) cells.push(failed.has('kelisim') || failed.has(p.id) ? '—' : ratio(f.kelisim, f[p.id]));
    cells.push(row.reference ? fmtStat(row.unit, f.bare) : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
