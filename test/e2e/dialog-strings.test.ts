// The script tag's dialog speaks without i18next's runtime (issue 12): its strings were resolved
// by i18next at build time and its own translator picks each plural form with the browser's
// Intl.PluralRules. In Chromium, every retention period and cookie lifetime of a policy whose
// amounts need every form (ru: one, few, many) must read as the npm widget's runtime i18next
// says it, in kk, ru and en; and the policy-page chunk (dist/kelisim-page.js, compiled strings
// too) must render the same words as the static page i18next renders in Node.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Duration, Policy, Retention } from '../../src/core/policy-types';
import { createI18n } from '../../src/i18n/create-i18n';
import { renderPolicyPageHtml } from '../../src/policy-page/render-html';
import { formatDate, formatDuration, formatRetention } from '../../src/ui/format-policy-values';
import { createTexts } from '../../src/ui/texts';
import { launchBrowser } from './support/chromium';
import { inWidget, kelisimPage, openPage, waitForBanner, waitForDialog } from './support/pages';
import { ROOT, startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

/** Amounts that take each plural form in kk, ru and en (ru: 1 21 101 one, 2 3 4 22 few, 5 11 12 14 25 100 many). */
const COUNTS = [1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101, 12, 14];

/** The sample shop's policy (every format-2 section), its periods and lifetimes given COUNTS in turn. */
function pluralPolicy(): { policy: Policy; retentions: Retention[]; lifetimes: Duration[] } {
  const policy = JSON.parse(readFileSync(`${ROOT}demo/policies/sebet.json`, 'utf8')) as Policy;
  let next = 0;
  const retentions: Retention[] = [];
  const lifetimes: Duration[] = [];
  const recount = (value: unknown, key?: string): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.amount === 'number') record.amount = COUNTS[next++ % COUNTS.length]!;
    for (const [name, child] of Object.entries(record)) recount(child, name);
    if (key === 'retention') retentions.push(record as unknown as Retention);
    if (key === 'lifetime') lifetimes.push(record as unknown as Duration);
  };
  recount(policy);
  return { policy, retentions, lifetimes };
}

test.each(['kk', 'ru', 'en'] as const)('the dialog\'s periods and lifetimes read as the runtime i18next says (%s)', async (lang) => {
  const { policy, retentions, lifetimes } = pluralPolicy();
  expect(retentions.length + lifetimes.length).toBeGreaterThanOrEqual(COUNTS.length);
  const path = `/dialog-strings-${lang}.json`;
  server.page(path, JSON.stringify(policy), { 'content-type': 'application/json; charset=utf-8' });
  const data = { lang, policy: path, revision: policy.revision, categories: 'analytics marketing' };
  const { context, page, log } = await openPage(browser, server, `/dialog-strings-${lang}`, kelisimPage({ lang, data }));
  await waitForBanner(page);
  await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="open-settings"]')).click();
  await waitForDialog(page);
  const shown = await page.evaluate(() => document.getElementById('kelisim')!.shadowRoot!.querySelector('[role="dialog"]')!.textContent!);
  await context.close();

  const texts = createTexts(createI18n(lang), lang, { bilingual: false, fallback: ['kk', 'ru', 'en'], warned: new Set() });
  const expected = [...retentions.map((r) => formatRetention(texts, r)), ...lifetimes.map((d) => formatDuration(texts, d))];
  for (const text of expected) expect(shown, text).toContain(text);
  // The words after the amounts: in Russian every form of «год» and «месяц» is among them.
  const words = new Set(expected.flatMap((text) => [...text.matchAll(/\d+ (\S+)/g)].map((m) => m[1]!)));
  if (lang === 'ru') expect([...words]).toEqual(expect.arrayContaining(['год', 'года', 'лет', 'месяц', 'месяца', 'месяцев']));
  expect(log.errors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
});

test.each(['kk', 'ru', 'en'] as const)('the policy-page chunk renders the words the runtime i18next renders (%s)', async (lang) => {
  const { policy } = pluralPolicy();
  const path = `/page-strings-${lang}.json`;
  server.page(path, JSON.stringify(policy), { 'content-type': 'application/json; charset=utf-8' });
  const data = { lang, policy: path, revision: policy.revision, categories: 'analytics marketing' };
  const body = `<div data-kelisim="policy-page" data-lang="${lang}"></div><div id="static">${renderPolicyPageHtml(policy, lang, { fragment: true })}</div>`;
  const { context, page, log } = await openPage(browser, server, `/page-strings-${lang}`, kelisimPage({ lang, data, body }));
  await page.locator('[data-kelisim="policy-page"] #kelisim-policy-decision').waitFor();
  const [chunk, fromNode] = await page.evaluate(() => {
    const words = (root: Element) => {
      const copy = root.cloneNode(true) as Element;
      copy.querySelector('#kelisim-policy-decision')?.remove();
      return copy.textContent!;
    };
    return [words(document.querySelector('[data-kelisim="policy-page"] .kelisim-page')!), words(document.querySelector('#static .kelisim-page')!)];
  });
  await context.close();
  expect(chunk.length).toBeGreaterThan(2000);
  // The same words but the effective date, which each side's Intl writes (Chromium has no
  // Kazakh month names: 01.03.2026 where Node says «2026 ж. 1 наурыз»).
  const [before, after, ...more] = fromNode.split(formatDate(lang, policy.effective!));
  expect(more).toEqual([]);
  expect(chunk.slice(0, before!.length)).toBe(before);
  expect(chunk.slice(before!.length, chunk.length - after!.length)).toMatch(/^[^.]*\d[^]{0,20}$/);
  expect(chunk.slice(chunk.length - after!.length)).toBe(after);
  expect(log.errors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
});
