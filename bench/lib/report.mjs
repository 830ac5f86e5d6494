// The figures, the markdown table with Kelisim / peer ratios, and the goals of issue 8.
import { summarize } from './stats.mjs';

const KIB = 1024;

/** A traced visit's library CPU time, or null when its CPU profile did not cover the library's work. */
const mainThread = (v) => (v.mainThread && v.mainThread.complete !== false ? (v.mainThread.cpuMs ?? v.mainThread.wallMs) : null);

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
  { key: 'returnGzip', label: 'Returning visit: JS + CSS, gzip', unit: 'bytes', phase: 'returning', pick: (v) => v.code.gzip },
  { key: 'returnBrotli', label: 'Returning visit: JS + CSS, brotli', unit: 'bytes', phase: 'returning', pick: (v) => v.code.brotli },
  { key: 'returnRaw', label: 'Returning visit: JS + CSS, raw', unit: 'bytes', phase: 'returning', pick: (v) => v.code.raw },
  { key: 'returnData', label: 'Returning visit: policy / config data, gzip', unit: 'bytes', phase: 'returning', pick: (v) => v.data.gzip },
  { key: 'visible', label: 'Navigation → banner visible', unit: 'ms', phase: 'first', pick: (v) => v.visibleAt },
  { key: 'visible4', label: 'Navigation → banner visible, CPU 4× (traced run)', unit: 'ms', phase: 'firstTrace4', pick: (v) => v.visibleAt },
  { key: 'jsFirst', label: 'Library main-thread JS (CPU time), first visit', unit: 'ms', phase: 'firstTrace', pick: (v) => mainThread(v) },
  { key: 'jsFirst4', label: 'Library main-thread JS (CPU time), first visit, CPU 4×', unit: 'ms', phase: 'firstTrace4', pick: (v) => mainThread(v) },
  { key: 'jsReturn', label: 'Library main-thread JS (CPU time), returning visit', unit: 'ms', phase: 'returningTrace', pick: (v) => mainThread(v) },
  { key: 'jsReturn4', label: 'Library main-thread JS (CPU time), returning visit, CPU 4×', unit: 'ms', phase: 'returningTrace4', pick: (v) => mainThread(v) },
  { key: 'acceptToGated', label: 'Click "accept all" → gated script running', unit: 'ms', phase: 'first', pick: (v) => v.clickToGated },
  { key: 'acceptToGated4', label: 'Click "accept all" → gated script running, CPU 4×', unit: 'ms', phase: 'firstTrace4', pick: (v) => v.clickToGated },
  { key: 'returnGated', label: 'Returning visit: navigation → gated script running', unit: 'ms', phase: 'returning', pick: (v) => v.navToGated, reference: 'reference' },
  { key: 'returnGated4', label: 'Returning visit: navigation → gated script running, CPU 4× (traced run)', unit: 'ms', phase: 'returningTrace4', pick: (v) => v.navToGated, reference: 'reference4' },
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

const fmtValue = (unit, x) => {
  if (x == null) return '—';
  if (unit === 'bytes') return x >= KIB ? `${(x / KIB).toFixed(1)} KiB` : `${x} B`;
  if (unit === 'kB') return `${(x / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`;
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

/** The goals of issue 8, each met or missed by how much. */
export function goals(fig, libs, failed) {
  const ok = (id) => libs.some((l) => l.id === id) && !failed.has(id);
  if (!ok('kelisim')) return [{ goal: 'all goals', status: 'not measured', detail: 'Kelisim failed or was not run' }];
  const med = (key, id) => fig[key][id]?.median;
  const list = [];
  const check = (goal, unit, value, limit, extra = '') => {
    if (value == null || limit == null) return list.push({ goal, status: 'not measured', detail: 'a figure is missing' });
    const met = value <= limit + 1e-12;
    const by = value - limit;
    const pct = limit > 0 ? ` (+${((by / limit) * 100).toFixed(0)} %)` : '';
    list.push({
      goal,
      status: met ? 'met' : 'missed',
      value,
      limit,
      detail: met
        ? `${fmtValue(unit, value)} ≤ ${fmtValue(unit, limit)}${extra}`
        : `missed by ${fmtValue(unit, by)}${pct}: ${fmtValue(unit, value)} > ${fmtValue(unit, limit)}${extra}`,
    });
  };
  const fastest = (key) => {
    const peers = ['vanilla', 'orejime'].filter(ok).map((id) => [id, med(key, id)]).filter(([, v]) => v != null);
    if (!peers.length) return [null, ''];
    const [id, v] = peers.sort((a, b) => a[1] - b[1])[0];
    return [v, ` (fastest peer: ${libs.find((l) => l.id === id).name})`];
  };
  if (ok('vanilla')) {
    check('Returning visit: bytes (gzip) ≤ ⅕ of vanilla-cookieconsent', 'bytes', med('returnGzip', 'kelisim'), med('returnGzip', 'vanilla') / 5);
    check('Returning visit: main-thread JS ≤ ⅕ of vanilla-cookieconsent', 'ms', med('jsReturn', 'kelisim'), med('jsReturn', 'vanilla') / 5);
    check('Returning visit: main-thread JS ≤ ⅕ of vanilla-cookieconsent, CPU 4×', 'ms', med('jsReturn4', 'kelisim'), med('jsReturn4', 'vanilla') / 5);
    check('Returning visit: navigation → gated script ≤ ½ of vanilla-cookieconsent', 'ms', med('returnGated', 'kelisim'), med('returnGated', 'vanilla') / 2,
      fig.returnGated.bare ? `; ungated stub: ${fmtValue('ms', fig.returnGated.bare.median)}` : '');
  }
  const [vis, visPeer] = fastest('visible');
  check('First visit: banner visible no later than the fastest peer', 'ms', med('visible', 'kelisim'), vis, visPeer);
  check('First visit: consent JS + CSS ≤ 28 kB gzip (kB = 1000 B)', 'kB', med('firstGzip', 'kelisim'), 28000);
  const [acc, accPeer] = fastest('acceptToGated');
  check('Click "accept all" → gated script no slower than the fastest peer', 'ms', med('acceptToGated', 'kelisim'), acc, accPeer);
  const cls = fig.cls.kelisim;
  list.push({
    goal: 'Layout shift 0',
    status: cls && cls.max === 0 ? 'met' : 'missed',
    value: cls?.max,
    limit: 0,
    detail: cls && cls.max === 0 ? 'CLS 0 in every round' : `missed by CLS ${cls ? cls.max.toFixed(4) : '?'} (worst round; median ${cls ? cls.median.toFixed(4) : '?'})`,
  });
  return list;
}

export function goalsMarkdown(list) {
  return list.map((g) => `- **${g.status === 'met' ? 'met' : g.status === 'missed' ? 'MISSED' : g.status}** — ${g.goal}: ${g.detail}`).join('\n');
}
