// The script gate through the built script tag (dist/kelisim.js) on pages that push it: a
// withdrawal while scripts are queued, an empty data-consent, Trusted Types, shadow roots.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import { kelisimPage, openPage as openStrictPage, POLL } from './support/pages';
import { STUB, gated, loaderTag, openPage, ran, stubRequests, waitRan, type LoaderWindow } from './loader-page';

const STUB_CODE = readFileSync(`${ROOT}${STUB}`);
const FRAME = '/test/fixtures/gate/frame.html';
const PIXEL = '/test/fixtures/gate/pixel.svg';
/** An inline gated script body that records `name` as the stub does. */
const record = (name: string) => `(window.__ran = window.__ran || []).push('${name}')`;

const { server, browser, freshContext, closeAfterTest } = useBrowserSession();
/** A request of the `held` stub, answered only when the test calls `release()`. */
interface Hold {
  arrived: Promise<void>;
  arrive(): void;
  release?: () => void;
}
let held: Hold | undefined;
/** Hold the next request of the `held` stub. */
function hold(): Hold {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return (held = { arrived, arrive });
}

server.handle((req, res) => {
  if (!held || !req.url?.startsWith(`${STUB}?name=held`)) return false;
  held.release = () => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end(STUB_CODE);
  };
  held.arrive();
});

const api = (page: Page) => ({
  accept: () => page.evaluate(async () => void (await (window as unknown as LoaderWindow).Kelisim.acceptAll())),
  reject: () => page.evaluate(async () => void (await ((window as unknown as LoaderWindow).Kelisim as unknown as { rejectAll(): Promise<unknown> }).rejectAll())),
});

test('"Necessary only" while a gated script loads: nothing queued behind it runs, until consent is given again', async () => {
  const { page, uncaught } = await openPage(server, await freshContext(), '/withdraw-queued', loaderTag(), `
    ${gated('held')}
    <script type="text/plain" data-consent="analytics">${record('queued-inline')}</script>
    ${gated('queued-ext')}`);
  const slow = hold();
  await api(page).accept();
  // The slow tag is on its way; the two behind it wait for it in the gate's queue.
  await slow.arrived;
  await api(page).reject();
  // A tag that needs no consent, queued last: once it ran, the queue was worked off past the others.
  await page.evaluate((code) => {
    const sentinel = Object.assign(document.createElement('script'), { type: 'text/plain', text: code });
    sentinel.dataset.consent = 'necessary';
    document.body.append(sentinel);
  }, record('sentinel'));
  slow.release!();
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['held', 'sentinel']);
  expect(stubRequests(server, 'queued-ext')).toBe(0);

  // Granted again: the dropped tags are eligible again and run once, in order; the slow one not again.
  await api(page).accept();
  await waitRan(page, 4);
  expect(await ran(page)).toEqual(['held', 'sentinel', 'queued-inline', 'queued-ext']);
  expect(stubRequests(server, 'held')).toBe(1);
  expect(uncaught).toEqual([]);
});

test('an element with an empty data-consent never runs or loads, and the console names it once', async () => {
  const loaded = await openPage(server, await freshContext(), '/empty-consent', loaderTag(), `
    <script type="text/plain" data-consent src="${STUB}?name=empty-attr"></script>
    <script type="text/plain" data-consent=" ">${record('empty-inline')}</script>
    <iframe data-consent data-src="${FRAME}?empty"></iframe>
    <img data-consent="" data-src="${PIXEL}?empty" alt="">
    ${gated('after')}`);
  const { page } = loaded;
  await api(page).accept();
  // The last tag ran: the gate has looked at every element before it, after consent too.
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['after']);
  expect(stubRequests(server, 'empty-attr')).toBe(0);
  expect(server.requests.filter((r) => r.url.includes('?empty')).length).toBe(0);
  expect(await page.evaluate(() => [document.querySelector('iframe')!.getAttribute('src'), document.querySelector('img')!.getAttribute('src')])).toEqual([null, null]);

  const messages = loaded.errors.filter((text) => text.includes('data-consent'));
  expect(messages).toHaveLength(4);
  for (const text of messages) expect(text).toMatch(/^Kelisim: .*data-consent="analytics"/);
  for (const part of ['name=empty-attr', 'empty-inline', `${FRAME}?empty`, `${PIXEL}?empty`]) {
    expect(messages.filter((text) => text.includes(part)), part).toHaveLength(1);
  }
});

const NONCE = 'kelisim-tt-nonce-7c1d';
/** The strict CSP of csp.test.ts plus Trusted Types with the one `kelisim` policy. */
const TT_CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types kelisim`;
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

test('under Trusted Types, gated inline and src scripts and the Metrica loader run after consent, without a violation', async () => {
  const config = `<script nonce="${NONCE}">window.kelisimConfig = { yandexMetrica: { id: 1, src: '${STUB}?name=tt-metrica' } }</script>`;
  const { context, page, log } = await openStrictPage(browser(), server, '/trusted-types', kelisimPage({
    lang: 'en',
    nonce: NONCE,
    head: config,
    data: { lang: 'en' },
    body: `<main>${gated('tt-ext')}<script type="text/plain" data-consent="analytics">${record('tt-inline')}</script></main>`,
  }), { headers: { 'content-security-policy': TT_CSP }, init: RECORD_VIOLATIONS });
  closeAfterTest(context);
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.waitForFunction(() => (window as unknown as LoaderWindow).Kelisim);
  expect(await ran(page)).toEqual([]);

  await api(page).accept();
  await waitRan(page, 3);
  expect(await ran(page)).toEqual(expect.arrayContaining(['tt-ext', 'tt-inline', 'tt-metrica']));
  await expect.poll(() => page.evaluate(() => (window as { gatedRuns?: number }).gatedRuns), POLL).toBe(1);
  expect(await violations()).toEqual([]);
  expect(log.errors).toEqual([]);
  expect(log.pageErrors).toEqual([]);

  // Trusted Types are enforced: a plain string is refused where the gate used the policy.
  const refused = await page.evaluate(() => {
    try {
      document.createElement('script').text = 'window.unsafe = 1';
      return false;
    } catch {
      return true;
    }
  });
  expect(refused).toBe(true);
  await expect.poll(violations, POLL).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
});

/** The shadow root's external tag (`document.currentScript`, which the stub reads, is null there). */
const SHADOW_JS = '/test/fixtures/gate/shadow.js';
/** What the web component writes into its shadow root, by `innerHTML`. */
const SHADOW = `<script type="text/plain" data-consent="analytics" src="${SHADOW_JS}"></script><script type="text/plain" data-consent="analytics">${record('shadow-inline')}</script>`;

test('a gated script inside a web component’s open shadow root runs after Kelisim.gate(root) and consent, not before', async () => {
  const { page, uncaught } = await openPage(server, await freshContext(), '/shadow', loaderTag(), `
    <x-embed></x-embed>
    <script>
      customElements.define('x-embed', class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(SHADOW).replaceAll('</', '<\\/')};
        }
      });
    </script>
    ${gated('page')}`);
  const same = await page.evaluate(() => {
    const { Kelisim } = window as unknown as { Kelisim: { gate(root?: Node): unknown } };
    const root = document.querySelector('x-embed')!.shadowRoot!;
    return Kelisim.gate(root) === Kelisim.gate(root) && Kelisim.gate(document) === Kelisim.gate();
  });
  expect(same).toBe(true);
  // Before consent: the page's own gated tag is looked at, nothing in the shadow root runs.
  expect(await ran(page)).toEqual([]);
  expect(server.requests.filter((r) => r.url === SHADOW_JS)).toEqual([]);

  await api(page).accept();
  await waitRan(page, 3);
  // Each root keeps its own document order; the two roots' queues do not wait for each other.
  const names = await ran(page);
  expect(names.filter((name) => name.startsWith('shadow'))).toEqual(['shadow-ext', 'shadow-inline']);
  expect(names).toContain('page');
  expect(await page.evaluate(() => document.querySelector('x-embed')!.shadowRoot!.querySelectorAll('script[type="text/plain"]').length)).toBe(0);
  expect(uncaught).toEqual([]);
});
