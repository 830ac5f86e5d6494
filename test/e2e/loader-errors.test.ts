// A policy the built script tag cannot use — wrong revision, missing, not JSON — is reported in
// the console; no banner shows, nothing is granted, and the host page goes on working.
import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { POLICY, gated, log, loaderTag, openPage, ran, stubRequests, waitForError, type LoaderPage, type LoaderWindow } from './loader-page';

const MISSING = '/missing/kelisim-policy.json';
const BROKEN = '/broken/kelisim-policy.json';

const { server, freshContext } = useBrowserSession();
// A policy file cut short by a failed upload.
server.handle((req, res) => {
  if (!req.url?.startsWith(BROKEN)) return false;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end('{ "revision": "2026-01", "operator": { "name": ');
});

/** Open a first visit whose loader tag has `attrs`, followed by a gated script and a later page script. */
async function visit(path: string, attrs: string): Promise<LoaderPage> {
  return openPage(server, await freshContext(), path, loaderTag(attrs), `${gated(path.slice(1))}<script>${log('page script')}</script>`);
}

/** No widget, no decision, no cookie, the gated script neither run nor fetched; the page's own script ran, nothing threw. */
async function expectNothingShownOrGranted({ page, uncaught }: LoaderPage, name: string) {
  expect(await page.locator('#kelisim').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as LoaderWindow).Kelisim?.get() ?? null)).toBeNull();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('kelisim');
  expect(await ran(page)).toEqual([]);
  expect(stubRequests(server, name)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as LoaderWindow).__log)).toEqual(['page script']);
  expect(uncaught).toEqual([]);
}

test('a policy whose revision disagrees with data-revision is reported, and no banner shows', async () => {
  const loaded = await visit('/stale', `data-policy="${POLICY}" data-revision="2025-07" data-categories="analytics"`);
  const error = await waitForError(loaded, 'data-revision="2025-07"');
  expect(error).toContain('"2026-01"');
  await expectNothingShownOrGranted(loaded, 'stale');
});

test.each([
  ['with data-revision', `data-policy="${MISSING}" data-revision="2026-01" data-categories="analytics"`],
  ['with data-policy only', `data-policy="${MISSING}"`],
])('a policy URL that answers 404 (tag %s) is reported with the URL; nothing shown, nothing granted', async (_name, attrs) => {
  const path = `/missing-${attrs.length}`;
  const loaded = await visit(path, attrs);
  const error = await waitForError(loaded, 'Kelisim', MISSING);
  expect(error).toContain('404');
  await expectNothingShownOrGranted(loaded, path.slice(1));
});

test.each([
  ['with data-revision', `data-policy="${BROKEN}" data-revision="2026-01" data-categories="analytics"`],
  ['with data-policy only', `data-policy="${BROKEN}"`],
])('a policy that is not valid JSON (tag %s) is reported with the URL; nothing shown, nothing granted', async (_name, attrs) => {
  const path = `/broken-${attrs.length}`;
  const loaded = await visit(path, attrs);
  const error = await waitForError(loaded, 'Kelisim', BROKEN);
  expect(error).toMatch(/not valid JSON/);
  await expectNothingShownOrGranted(loaded, path.slice(1));
});
