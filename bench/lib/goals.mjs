// The targets of issue 12 ("Banner first, lean runtime"), each met or missed by how much.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fmtValue } from './report.mjs';
import { ROOT } from './server.mjs';

/** The issue these goals come from (printed above the list). */
export const GOALS_TITLE = 'Goals (issue 12, "Banner first, lean runtime")';

/** Gzip -9 of the script-tag loader, as a browser downloads it. */
const loaderGzip = () => gzipSync(readFileSync(`${ROOT}dist/kelisim.js`), { level: 9 }).length;

/** @returns {{ goal: string, status: 'met'|'missed'|'not measured', value?: number, limit?: number, detail: string }[]} */
export function goals(fig, libs, failed) {
  const ok = (id) => libs.some((l) => l.id === id) && !failed.has(id);
  if (!ok('kelisim')) return [{ goal: 'all goals', status: 'not measured', detail: 'Kelisim failed or was not run' }];
  const med = (key, id) => fig[key]?.[id]?.median;
  const name = (id) => libs.find((l) => l.id === id).name;
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
  /** The peers' lowest median of a row: [value, " (fastest peer: …)"]. */
  const best = (key, word = 'fastest') => {
    const peers = ['vanilla', 'orejime'].filter(ok).map((id) => [id, med(key, id)]).filter(([, v]) => v != null);
    if (!peers.length) return [null, ''];
    const [id, v] = peers.sort((a, b) => a[1] - b[1])[0];
    return [v, ` (${word} peer: ${name(id)})`];
  };
  const vanilla = (key, factor = 1) => (ok('vanilla') && med(key, 'vanilla') != null ? med(key, 'vanilla') * factor : null);
  const k = (key) => med(key, 'kelisim');

  check('First visit: bytes before the banner is visible (gzip, one language) ≤ vanilla-cookieconsent\'s', 'bytes', k('beforeBanner'), vanilla('beforeBanner'));
  check('First visit: everything, dialog opened ≤ 32 kB gzip (kB = 1000 B)', 'kB', k('withDialog'), 32000);
  check('Navigation → banner visible ≤ 1.0× the fastest peer', 'ms', k('visible'), ...best('visible'));
  check('Navigation → banner visible, CPU 4× ≤ 1.0× the fastest peer', 'ms', k('visible4'), ...best('visible4'));
  check('First visit: main-thread JS until the banner ≤ 1.0× vanilla-cookieconsent', 'ms', k('jsToBanner'), vanilla('jsToBanner'));
  check('Loader ≤ 3 kB gzip (dist/kelisim.js)', 'kB', loaderGzip(), 3000);
  check("Returning visit: main-thread JS (gated script's own start excluded) ≤ 0.5× vanilla-cookieconsent", 'ms', k('jsReturn'), vanilla('jsReturn', 0.5));
  const bare = fig.returnGated?.bare?.median;
  check('Returning visit: navigation → gated script ≤ ungated stub + 10 ms', 'ms', k('returnGated'), bare == null ? null : bare + 10, bare == null ? '' : ` (ungated stub: ${fmtValue('ms', bare)})`);
  check('Click "accept all" → gated script ≤ 1.0× the fastest peer', 'ms', k('acceptToGated'), ...best('acceptToGated'));
  check('npm: import cost ≤ 8 kB gzip (kB = 1000 B)', 'kB', k('npmImport'), 8000);
  if (fig.lcpDelta && Object.values(fig.lcpDelta).some(Boolean)) {
    check("Lighthouse mobile: LCP delta ≤ the lightest peer's", 'ms', k('lcpDelta'), ...best('lcpDelta', 'lightest'));
  } else list.push({ goal: "Lighthouse mobile: LCP delta ≤ the lightest peer's", status: 'not measured', detail: 'Lighthouse was not run (--no-lighthouse)' });
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
