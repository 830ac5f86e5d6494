import type { Lang } from '../../core/policy-types';
import { text } from '../texts';
import type { ScanFindings } from './analyse';
import type { Category } from '../../core/policy-types';
import type { PageScan, ScanState } from './types';

const STATES: ScanState[] = ['before', 'necessary', 'accept'];

/** One table row per page: whether Kelisim was found, and per state cookies / third-party hosts. */
function table(pages: readonly PageScan[], findings: ScanFindings): string[] {
  const rows = [['page', 'consent tool', ...STATES.map((s) => `${s}: cookies / 3rd-party hosts`), 'violations']];
  for (const page of pages) {
    const count = (s: ScanState) => {
      const seen = page.states[s];
      return seen ? `${seen.cookies.length} / ${new Set(seen.requests.map((r) => r.host)).size}` : '—';
    };
    rows.push([page.url, page.tool ? 'Kelisim' : 'none', ...STATES.map(count), String(findings.violations.filter((v) => v.page === page.url).length)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

/** JSON with each `{ kk, ru, en }` text and each `{ amount, unit }` on one line: a draft a person can read. */
export function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/\{\n\s+("kk": .*),\n\s+("ru": .*),\n\s+("en": .*)\n\s+\}/g, '{ $1, $2, $3 }')
    .replace(/\{\n\s+("amount": \d+),\n\s+("unit": "\w+")\n\s+\}/g, '{ $1, $2 }');
}

/** The scan report for people: violations, policy mismatches, a draft, a summary table. */
export function reportText(pages: readonly PageScan[], findings: ScanFindings, draft: Category[], lang: Lang, policySource?: string): string[] {
  const lines: string[] = [];
  if (findings.violations.length) {
    lines.push(`${text(lang, 'violations')} (${findings.violations.length}):`);
    for (const v of findings.violations) {
      const when = v.state === 'before' ? 'before consent' : 'after "Necessary only"';
      lines.push(`  ✗ ${when}: ${v.kind} ${v.name}${v.service ? ` (${v.service}, ${v.category})` : ` (${v.category})`} — ${v.page}`);
    }
  } else lines.push(text(lang, 'noViolations'));
  lines.push('');
  if (findings.undeclared && findings.unseen) {
    lines.push(text(lang, 'policyFrom', { source: policySource ?? '' }));
    lines.push(`${text(lang, 'undeclared')} (${findings.undeclared.length}):`);
    for (const m of findings.undeclared) lines.push(`  + ${m.kind} ${m.name}${m.service ? ` (${m.service})` : ''}`);
    lines.push(`${text(lang, 'unseen')} (${findings.unseen.length}):`);
    for (const m of findings.unseen) lines.push(`  - ${m.kind} ${m.name}${m.service ? ` (${m.service})` : ''}`);
  } else lines.push(text(lang, 'noPolicy'));
  lines.push('', text(lang, 'draft'), compactJson({ categories: draft }), '', `${text(lang, 'summary')}:`, ...table(pages, findings));
  return lines;
}
