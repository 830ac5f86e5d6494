import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gated, loaderTag } from '../e2e/loader-page';
import { startServer, type TestServer } from '../e2e/support/server';
import policy from '../fixtures/policy.json';
import { kelisim } from './run-cli';

let server: TestServer;
let tracker: string;

/** Scan `path` on the fixture server with mc.yandex.ru mapped to it; the JSON report and exit code. */
async function scan(path: string, ...extra: string[]) {
  const result = await kelisim(['scan', `${server.origin}${path}`, '--json', '--delay', '0', '--resolve', 'mc.yandex.ru=127.0.0.1', ...extra]);
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

beforeAll(async () => {
  server = await startServer();
  tracker = `http://mc.yandex.ru:${server.port}/metrika/tag.js`;
  // The Metrica stub: served to the host name mc.yandex.ru, sets the cookie the real tag sets.
  server.handle((req, res) => {
    if (!req.headers.host?.startsWith('mc.yandex.ru')) return false;
    res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
    res.end('document.cookie = "_ym_uid=1700000000; max-age=31536000; path=/"; (window.__ran = window.__ran || []).push("metrica");');
  });
  const metricaGated = `<script type="text/plain" data-consent="analytics" src="${tracker}"></script>`;
  server.page('/ok/', page(loaderTag() + metricaGated, '<a href="/ok/about">about</a>'));
  server.page('/ok/about', page(loaderTag() + metricaGated, '<a href="/ok/">home</a>'));
  server.page('/ungated/', page(loaderTag() + `<script src="${tracker}"></script>`));
  server.page('/preload/', page(`<link rel="preload" as="script" href="${tracker}">` + loaderTag() + gated('x')));
  server.page('/none/', page('<script>document.cookie = "sid=abc; path=/"</script>', '<a href="/none/2">next</a>'));
  server.page('/none/2', page('<script>localStorage.setItem("cart", "[]")</script>'));
  // A page that loads Metrica on any decision, whatever the visitor chose.
  const onAnyDecision = `<script>window.addEventListener('kelisim:consent', () => document.head.append(Object.assign(document.createElement('script'), { src: '${tracker}' })));</script>`;
  server.page('/any/', page(loaderTag() + onAnyDecision));
  server.page('/promo/', page(loaderTag() + '<script>document.cookie = "promo_seen=1; max-age=86400; path=/"</script>'));
});
afterAll(() => server.close());

describe('kelisim scan', () => {
  it('a compliant site with Kelisim: no violations, the tracker only after "Accept all", exit 0', async () => {
    const { code, report } = await scan('/ok/', '--pages', '2');
    expect(report.pages.map((p: { url: string }) => p.url)).toEqual([`${server.origin}/ok/`, `${server.origin}/ok/about`]);
    expect(report.violations).toEqual([]);
    expect(code).toBe(0);
    const [first] = report.pages;
    expect(first.tool).toBe(true);
    expect(first.states.before.requests).toEqual([]);
    expect(first.states.necessary.cookies.map((c: { name: string }) => c.name)).toEqual(['kelisim']);
    expect(first.states.accept.requests.map((r: { host: string }) => r.host)).toContain('mc.yandex.ru');
    expect(first.states.accept.cookies.map((c: { name: string }) => c.name).sort()).toEqual(['_ym_uid', 'kelisim']);
    // The policy came from the tag's data-policy; what it declares but never appeared:
    expect(report.policy).toBe(`${server.origin}/test/fixtures/policy.json`);
    expect(report.unseen.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['dm_session', '_ym_d']));
    expect(report.undeclared).toEqual([]);
    expect(report.draft.categories.map((c: { id: string }) => c.id)).toEqual(['necessary', 'analytics']);
    expect(report.draft.categories[1].services[0]).toMatchObject({ id: 'yandex-metrica', cookies: [expect.objectContaining({ name: '_ym_uid' })] });
  });

  it('a Metrica tag that is not gated: violations before consent, exit 1', async () => {
    const { code, report } = await scan('/ungated/', '--pages', '1');
    expect(code).toBe(1);
    expect(report.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ state: 'before', kind: 'request', name: 'mc.yandex.ru', service: 'yandex-metrica', category: 'analytics' }),
        expect.objectContaining({ state: 'before', kind: 'cookie', name: '_ym_uid', category: 'analytics' }),
      ]),
    );
  });

  it('a <link rel=preload> to a tracker is a request before consent', async () => {
    const { code, report } = await scan('/preload/', '--pages', '1');
    expect(code).toBe(1);
    expect(report.violations).toContainEqual(expect.objectContaining({ state: 'before', kind: 'request', name: 'mc.yandex.ru' }));
    expect(report.violations.filter((v: { kind: string }) => v.kind === 'cookie')).toEqual([]);
  });

  it('a tracker loaded on "Necessary only" is a violation after it', async () => {
    const { code, report } = await scan('/any/', '--pages', '1');
    expect(code).toBe(1);
    expect(report.violations.filter((v: { state: string }) => v.state === 'before')).toEqual([]);
    expect(report.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ state: 'necessary', kind: 'request', name: 'mc.yandex.ru' }),
        expect.objectContaining({ state: 'necessary', kind: 'cookie', name: '_ym_uid' }),
      ]),
    );
  });

  it('a site without a consent tool: says so, scans the states it can, drafts its own cookies', async () => {
    const { code, report, stderr } = await scan('/none/', '--pages', '2');
    expect(stderr).toContain(`no consent tool found on ${server.origin}/none/`);
    expect(report.pages.map((p: { tool: boolean; states: object }) => [p.tool, Object.keys(p.states)])).toEqual([
      [false, ['before']],
      [false, ['before']],
    ]);
    expect(report.policy).toBeNull();
    expect(report.violations).toEqual([]);
    expect(code).toBe(0);
    expect(report.draft.categories[0].services[0].cookies.map((c: { name: string }) => c.name)).toEqual(['sid']);
  });

  it('a cookie the policy (--policy) does not declare is reported, and the text report says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kelisim-scan-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
    const { report } = await scan('/promo/', '--pages', '1', '--policy', join(dir, 'policy.json'));
    expect(report.undeclared).toEqual([{ kind: 'cookie', name: 'promo_seen' }]);
    const text = await kelisim(['scan', `${server.origin}/promo/`, '--pages', '1', '--lang', 'en', '--delay', '0']);
    expect(text.stdout).toContain('Set by the site but not in the policy (1):\n  + cookie promo_seen');
    expect(text.stdout).toContain('Summary:');
    expect(text.stderr).toContain(`page 1/1: ${server.origin}/promo/`);
  });

  it('a URL that does not load: one line, exit 2', async () => {
    // A port nothing listens on any more.
    const gone = await startServer();
    await gone.close();
    const result = await kelisim(['scan', `${gone.origin}/`, '--timeout', '20']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`\nkelisim: ${gone.origin}/ did not load: `);
    expect(result.stderr).toContain('— check the address and that the site is up');
    expect((await kelisim(['scan', 'example.kz'])).code).toBe(2);
  });
});
