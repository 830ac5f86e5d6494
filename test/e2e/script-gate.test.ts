import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { bundleForBrowser } from './support/bundle';
import { ROOT } from './support/server';

declare global {
  interface Window {
    __ran?: string[];
    pageRan?: boolean;
    consent: { grant(...ids: string[]): void };
  }
}

const STUB = '/test/fixtures/gate/stub.js';
const STUB_CODE = readFileSync(`${ROOT}${STUB}`);
const FRAME = '/test/fixtures/gate/frame.html';
const PIXEL = '/test/fixtures/gate/pixel.svg';

/** How each stub request arrived, by the `name` in its URL. */
const hits = new Map<string, { referer?: string; mode?: string }>();
const { server, browser } = useBrowserSession();
let gateJs: string;
beforeAll(async () => {
  gateJs = (await bundleForBrowser('test/fixtures/gate/entry.ts', 'KelisimGateTest')).replaceAll('</script', '<\\/script');
});
// The stub, answered after `?delay=` ms so a slow tag can prove that order is kept.
server.handle((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== STUB) return false;
  hits.set(url.searchParams.get('name') ?? '', { referer: req.headers.referer, mode: req.headers['sec-fetch-mode'] as string });
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end(STUB_CODE);
  }, Number(url.searchParams.get('delay') ?? 0));
});

/** The stub's URL for a tag called `name`. */
const stub = (name: string, delay = 0) => `${STUB}?name=${name}${delay ? `&delay=${delay}` : ''}`;
/** An inline gated script body that records `name`. */
const record = (name: string) => `(window.__ran = window.__ran || []).push('${name}')`;
/** Requests the server saw whose URL contains `part`. */
const seen = (part: string) => server.requests.filter((r) => r.url.includes(part)).length;
const ran = (page: Page) => page.evaluate(() => window.__ran ?? []);
const waitRan = (page: Page, count: number) => page.waitForFunction((n) => (window.__ran?.length ?? 0) >= n, count);

/** Open a page whose head starts the gate (with a consent the test drives) before `body`. */
async function open(path: string, body: string, { csp = '', nonce = '', options = {}, granted = '' } = {}): Promise<Page> {
  const attr = nonce ? ` nonce="${nonce}"` : '';
  server.page(
    path,
    `<!doctype html><meta charset="utf-8"><script${attr}>${gateJs}
window.consent = KelisimGateTest.start(${JSON.stringify(options)}, new Set(${JSON.stringify(granted.split(' '))}));</script><body>${body}`,
    csp ? { 'content-security-policy': csp } : {},
  );
  const page = await browser().newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

test('nothing gated runs, and nothing gated is fetched, before consent', async () => {
  const page = await open('/before', `
    <script type="text/plain" data-consent="analytics" src="${stub('before-ext')}"></script>
    <script type="text/plain" data-consent="analytics">${record('before-inline')}</script>
    <script>window.pageRan = true</script>`);
  expect(await page.evaluate(() => window.pageRan)).toBe(true);
  expect(await ran(page)).toEqual([]);
  expect(seen('before-ext')).toBe(0);
  await page.close();
});

test('after consent, scripts run once each in document order; classic ones wait, async ones do not', async () => {
  const page = await open('/order', `
    <script type="text/plain" data-consent="analytics" src="${stub('slow', 200)}"></script>
    <script type="text/plain" data-consent="analytics">${record('inline-1')}</script>
    <script type="text/plain" data-consent="analytics" async src="${stub('async-slow', 600)}"></script>
    <script type="text/plain" data-consent="analytics" src="${stub('fast')}"></script>
    <script type="text/plain" data-consent="analytics necessary">${record('inline-2')}</script>`);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 5);
  expect(await ran(page)).toEqual(['slow', 'inline-1', 'fast', 'inline-2', 'async-slow']);
  expect(await page.evaluate(() => document.querySelectorAll('script[type="text/plain"]').length)).toBe(0);
  await page.close();
});

test('with consent already given, tags in the page run as it loads, once each, in order', async () => {
  const long = `${record('long-inline')}; /* ${'padding '.repeat(20_000)} */`;
  const page = await open('/returning', `
    <script type="text/plain" data-consent="analytics" src="${stub('first', 200)}"></script>
    <script type="text/plain" data-consent="analytics">${long}</script>
    <script type="text/plain" data-consent="marketing">${record('marketing')}</script>
    <script type="text/plain" data-consent="analytics" src="${stub('last')}"></script>`, { granted: 'analytics' });
  await waitRan(page, 3);
  expect(await ran(page)).toEqual(['first', 'long-inline', 'last']);
  await page.close();
});

test('a repeated change event, a re-scan and the replacement scripts never run anything twice', async () => {
  const page = await open('/twice', `
    <script type="text/plain" data-consent="analytics" src="${stub('once-ext')}"></script>
    <script type="text/plain" data-consent="analytics">${record('once-inline')}</script>`);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 2);
  await page.evaluate((src) => {
    window.consent.grant();
    window.consent.grant('analytics');
    // A last gated tag: the queue is first-in first-out, so once it ran, any repeat would have too.
    const sentinel = Object.assign(document.createElement('script'), { type: 'text/plain', src });
    sentinel.dataset.consent = 'analytics';
    document.body.append(sentinel);
  }, stub('sentinel'));
  await waitRan(page, 3);
  expect(await ran(page)).toEqual(['once-ext', 'once-inline', 'sentinel']);
  expect(seen('once-ext')).toBe(1);
  await page.close();
});

test('activated scripts keep their attributes, and the browser honours them', async () => {
  const good = `sha384-${createHash('sha384').update(STUB_CODE).digest('base64')}`;
  const bad = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  const page = await open('/attributes', `
    <script type="text/plain" data-consent="analytics" id="tag" class="tracker" data-site="kz-42"
      crossorigin="anonymous" integrity="${good}" src="${stub('attr-cors')}"></script>
    <script type="text/plain" data-consent="analytics" referrerpolicy="no-referrer" src="${stub('attr-noref')}"></script>
    <script type="text/plain" data-consent="analytics" integrity="${bad}" src="${stub('attr-tampered')}"></script>
    <script type="text/plain" data-consent="analytics" src="${stub('attr-plain')}"></script>`);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 3);
  // The tampered copy was fetched, refused by the browser, and did not hold up the next tag.
  expect(await ran(page)).toEqual(['attr-cors', 'attr-noref', 'attr-plain']);
  expect(seen('attr-tampered')).toBe(1);
  expect(hits.get('attr-cors')?.mode).toBe('cors');
  expect(hits.get('attr-plain')?.mode).toBe('no-cors');
  expect(hits.get('attr-noref')?.referer).toBeUndefined();
  expect(hits.get('attr-plain')?.referer).toBe(`${server.origin}/attributes`);
  const tag = await page.evaluate(() => {
    const el = document.getElementById('tag') as HTMLScriptElement;
    return { type: el.getAttribute('type'), consent: el.dataset.consent, site: el.dataset.site, className: el.className, crossOrigin: el.crossOrigin, integrity: el.integrity };
  });
  expect(tag).toEqual({ type: null, consent: undefined, site: 'kz-42', className: 'tracker', crossOrigin: 'anonymous', integrity: good });
  await page.close();
});

test('only scripts whose every category is granted run', async () => {
  const page = await open('/categories', `
    <script type="text/plain" data-consent="marketing">${record('marketing')}</script>
    <script type="text/plain" data-consent="analytics  marketing">${record('both')}</script>
    <script type="text/plain" data-consent="analytics">${record('analytics')}</script>
    <script type="text/plain" data-consent="marketing" src="${stub('marketing-ext')}"></script>`);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['analytics']);
  expect(seen('marketing-ext')).toBe(0);
  await page.evaluate(() => window.consent.grant('marketing'));
  await waitRan(page, 4);
  expect(await ran(page)).toEqual(['analytics', 'marketing', 'both', 'marketing-ext']);
  await page.close();
});

test('scripts an app inserts before consent wait for it; those inserted after consent run at once', async () => {
  const page = await open('/spa', '<main></main>');
  // Inserts the two tags and, after them, a necessary one: the gate keeps document order, so once
  // that one has run the gate has dealt with the two before it (an external one run early would
  // have been fetched and run first).
  const insert = async (page: Page, src: string, name: string) => {
    await page.evaluate(([src, name]) => {
      const external = Object.assign(document.createElement('script'), { type: 'text/plain', src });
      const inline = Object.assign(document.createElement('script'), { type: 'text/plain', text: `(window.__ran = window.__ran || []).push('${name}')` });
      const marker = Object.assign(document.createElement('script'), { type: 'text/plain', text: `window.__marker = '${name}'` });
      external.dataset.consent = inline.dataset.consent = 'analytics';
      marker.dataset.consent = 'necessary';
      document.querySelector('main')!.append(external, inline, marker);
    }, [src, name]);
    await page.waitForFunction((name) => (window as Window & { __marker?: string }).__marker === name, name);
  };
  await insert(page, stub('early-ext'), 'early-inline');
  expect(await ran(page)).toEqual([]);
  expect(seen('early-ext')).toBe(0);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 2);
  await insert(page, stub('late-ext'), 'late-inline');
  await waitRan(page, 4);
  expect(await ran(page)).toEqual(['early-ext', 'early-inline', 'late-ext', 'late-inline']);
  await page.close();
});

test('iframes and images get their src only after their category is granted', async () => {
  const page = await open('/embeds', `
    <iframe data-consent="marketing" data-src="${FRAME}?embeds"></iframe>
    <img data-consent="analytics" data-src="${PIXEL}?embeds" alt="">`);
  expect(seen(`${PIXEL}?embeds`) + seen(`${FRAME}?embeds`)).toBe(0);
  await page.evaluate(() => window.consent.grant('analytics'));
  await expect.poll(() => seen(`${PIXEL}?embeds`)).toBe(1);
  expect(seen(`${FRAME}?embeds`)).toBe(0);
  await page.evaluate(() => window.consent.grant('marketing'));
  await expect.poll(() => seen(`${FRAME}?embeds`)).toBe(1);
  await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.body?.textContent?.trim() === 'frame');
  // An iframe an app adds after consent loads too, and repeated events load nothing again.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.dataset.consent = 'marketing';
    frame.dataset.src = src;
    document.body.append(frame);
    window.consent.grant();
  }, `${FRAME}?late`);
  await expect.poll(() => seen(`${FRAME}?late`)).toBe(1);
  expect(seen(`${PIXEL}?embeds`) + seen(`${FRAME}?embeds`)).toBe(2);
  await page.close();
});

test.each([
  // Without 'strict-dynamic' every script needs the nonce: the one without it is refused.
  ['a nonce', `script-src 'nonce-abc'`, ['csp-ext-1', 'csp-inline']],
  // 'strict-dynamic' trusts scripts that nonced scripts insert, yet the nonce is still passed on.
  ["a nonce and 'strict-dynamic'", `script-src 'nonce-abc' 'strict-dynamic'`, ['csp-ext-2', 'no-nonce', 'csp-inline']],
] as const)('under a CSP with %s, activated scripts carry the page nonce', async (_name, csp, expected) => {
  const page = await open(`/csp-${expected[0]}`, `
    <script type="text/plain" data-consent="analytics" nonce="abc" src="${stub(expected[0]!)}"></script>
    <script type="text/plain" data-consent="analytics">${record('no-nonce')}</script>
    <script type="text/plain" data-consent="analytics" nonce="abc" id="inline">${record('csp-inline')}</script>
    <script>${record('ungated-no-nonce')}</script>
    <script nonce="abc">window.pageRan = true</script>`, { csp, nonce: 'abc' });
  // The CSP is real: the page's own script without the nonce was refused.
  expect(await page.evaluate(() => window.pageRan)).toBe(true);
  expect(await ran(page)).toEqual([]);
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, expected.length);
  expect(await ran(page)).toEqual(expected);
  expect(await page.evaluate(() => (document.getElementById('inline') as HTMLScriptElement).nonce)).toBe('abc');
  await page.close();
});

test('the nonce option is used when the original script carries none', async () => {
  const page = await open('/csp-option', `
    <script type="text/plain" data-consent="analytics" src="${stub('option-ext')}"></script>
    <script type="text/plain" data-consent="analytics">${record('option-inline')}</script>`,
  { csp: `script-src 'nonce-abc'`, nonce: 'abc', options: { nonce: 'abc' } });
  await page.evaluate(() => window.consent.grant('analytics'));
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['option-ext', 'option-inline']);
  await page.close();
});
