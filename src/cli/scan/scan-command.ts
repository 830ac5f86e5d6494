import type { Browser } from 'playwright-core';
import type { Lang, Policy } from '../../core/policy-types';
import { langOption, numberOption, parseArgs } from '../args';
import { envLang, UsageError, type CliIo } from '../io';
import { readJsonFile } from '../read-policy';
import { text } from '../texts';
import { analyse } from './analyse';
import { findBrowser, launchScanner } from './browser';
import { draftCategories } from './draft';
import { reportText } from './report';
import type { PageScan, ScanState } from './types';
import { visit, type Visit } from './visit';

/** The options of `kelisim scan`. */
export const SCAN_OPTIONS = { flags: ['--json'], values: ['--pages', '--policy', '--resolve', '--lang', '--delay', '--timeout'] } as const;

const STATES: ScanState[] = ['before', 'necessary', 'accept'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `kelisim scan <url>`: see HELP.scan. Exit 1 when a violation was found. */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const start = envLang(io.env);
  const args = parseArgs(argv, SCAN_OPTIONS, 'scan', start);
  const lang: Lang = langOption(args.values, start);
  const url = args.positional[0];
  if (url === undefined) throw new UsageError(text(lang, 'missingArg', { command: 'scan', value: '<url>' }));
  if (!/^https?:\/\/[^/]/.test(url)) throw new UsageError(text(lang, 'badUrl', { value: url }));
  const maxPages = numberOption(args.values, '--pages', 5, lang);
  const delay = args.values.has('--delay') ? Number(args.values.get('--delay')!.at(-1)) || 0 : 1000;
  const deadline = Date.now() + numberOption(args.values, '--timeout', 300, lang) * 1000;
  const pairs = (args.values.get('--resolve') ?? []).map((pair) => {
    const [host, ip] = pair.split('=');
    if (!host || !ip) throw new UsageError(text(lang, 'badResolve', { value: pair }));
    return { host, ip };
  });
  const policyFile = args.values.get('--policy')?.at(-1);
  let policy = policyFile === undefined ? undefined : (readJsonFile(policyFile, io.cwd, lang) as Policy);
  let policySource = policyFile;
  const executable = findBrowser(io.env);
  if (!executable) throw new UsageError(text(lang, 'noBrowser'));

  const browser: Browser = await launchScanner(executable, pairs);
  const pages: PageScan[] = [];
  try {
    const queue = [new URL(url).href];
    const queued = new Set(queue);
    while (queue.length && pages.length < maxPages && Date.now() < deadline) {
      const page = queue.shift()!;
      if (pages.length) await pause(delay);
      io.err(text(lang, 'page', { n: pages.length + 1, total: Math.min(maxPages, pages.length + 1 + queue.length), url: page }));
      const scan: PageScan = { url: page, tool: false, states: {} };
      for (const state of STATES) {
        let seen: Visit;
        try {
          seen = await visit(browser, page, state, Math.max(1000, Math.min(30_000, deadline - Date.now())));
        } catch (error) {
          // The first page must load; a later one that does not is left out of the report.
          if (!pages.length) throw new UsageError(text(lang, 'noLoad', { url: page, reason: (error as Error).message.split('\n')[0]! }));
          break;
        }
        scan.states[state] = seen.observation;
        if (state === 'before') {
          scan.tool = seen.tool;
          for (const link of seen.links.filter((l) => !queued.has(l))) {
            queued.add(link);
            queue.push(link);
          }
          if (!policy && seen.policyText) {
            try {
              policy = JSON.parse(seen.policyText) as Policy;
              policySource = seen.policyUrl ?? 'inline #kelisim-policy';
            } catch {
              // Not JSON: there is nothing to compare with; `kelisim validate` says why.
            }
          }
          if (!seen.tool) {
            io.err(text(lang, 'noTool', { url: page }));
            break;
          }
        }
      }
      if (Object.keys(scan.states).length) pages.push(scan);
    }
  } finally {
    await browser.close();
  }
  const findings = analyse(pages, policy);
  const draft = draftCategories(pages, new URL(url).hostname);
  if (args.flags.has('--json')) io.out(JSON.stringify({ url, pages, policy: policySource ?? null, ...findings, draft: { categories: draft } }, null, 2));
  else for (const line of reportText(pages, findings, draft, lang, policySource)) io.out(line);
  return findings.violations.length ? 1 : 0;
}
