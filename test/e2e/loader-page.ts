import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ConsentDecision } from '../../src/core/consent-types';
import type { TestServer } from './support/server';

/** The built artefacts and fixtures the loader pages use, as the server serves them. */
export const LOADER = '/dist/kelisim.js';
/** The first chunk the widget needs: the banner (issue 12). */
export const UI = '/dist/kelisim-banner.js';
/** The preferences dialog's chunk, loaded after the banner (when the page is idle or the settings open). */
export const DIALOG = '/dist/kelisim-ui.js';
export const POLICY = '/test/fixtures/policy.json';
export const STUB = '/test/fixtures/gate/stub.js';

/** The part of `window.Kelisim` these tests use (decisions may resolve later: the UI bundle writes them). */
export interface KelisimApi {
  get(): ConsentDecision | null;
  has(category: string): boolean;
  acceptAll(): unknown;
  open(): void;
  version: string;
}

/** What a loader page has on `window`: the script-tag API, the queue and the gate stub's record. */
export type LoaderWindow = Window & {
  Kelisim: KelisimApi;
  kelisim: unknown[] | { push(cb: (api: KelisimApi) => void): void };
  kelisimConfig?: unknown;
  __ran?: string[];
  __log?: unknown[];
};

/** The loader tag as README's Install section shows it; `attrs` replaces its attributes. */
export const loaderTag = (attrs = `data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics"`) =>
  `<script src="${LOADER}" ${attrs}></script>`;

/** A gated external script: the stub records `name` in `window.__ran` when it runs. */
export const gated = (name: string, category = 'analytics') =>
  `<script type="text/plain" data-consent="${category}" src="${STUB}?name=${name}"></script>`;

/** A page-script line that records `name` in `window.__log`. */
export const log = (name: string) => `(window.__log = window.__log || []).push(${JSON.stringify(name)});`;

/** A page opened on the test server, with what its console said. */
export interface LoaderPage {
  page: Page;
  /** `console.error` texts, in order. */
  errors: string[];
  /** Uncaught exceptions on the page. */
  uncaught: Error[];
}

/** The test page at `path`: `head` (the loader tag and what goes before it), then `body`. */
export const loaderHtml = (path: string, head: string, body = '') =>
  `<!doctype html><html lang="kk"><meta charset="utf-8"><title>${path}</title>${head}<body><h1>${path}</h1>${body}</body></html>`;

/** Serve `<head>` + `<body>` at `path` and open it in `context`, recording console errors. */
export async function openPage(server: TestServer, context: BrowserContext, path: string, head: string, body = ''): Promise<LoaderPage> {
  server.page(path, loaderHtml(path, head, body));
  const page = await context.newPage();
  const errors: string[] = [];
  const uncaught: Error[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void uncaught.push(error));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, errors, uncaught };
}

/** Request paths (query dropped) the server saw from index `mark` on. */
export const pathsSince = (server: TestServer, mark: number) =>
  server.requests.slice(mark).map((r) => new URL(r.url, 'http://x').pathname);

/** How many requests for the stub named `name` the server saw. */
export const stubRequests = (server: TestServer, name: string) =>
  server.requests.filter((r) => r.url.startsWith(`${STUB}?name=${name}`)).length;

/** The names of the gated stubs that ran on the page, in order. */
export const ran = (page: Page) => page.evaluate(() => (window as unknown as LoaderWindow).__ran ?? []);

/** Wait until `count` gated stubs have run. */
export const waitRan = (page: Page, count: number) =>
  page.waitForFunction((n) => ((window as unknown as LoaderWindow).__ran?.length ?? 0) >= n, count);

/** The widget's button for `action` (`accept-all`, `reject-all`, `open-settings`) inside `#kelisim`'s shadow root. */
export const widgetButton = (page: Page, action: string): Locator => page.locator(`#kelisim [data-kelisim="${action}"]`).first();

/** The `data-kelisim` actions of the buttons in `#kelisim`'s open shadow root (none when there is no widget). */
export const shadowActions = (page: Page) =>
  page.evaluate(() =>
    [...(document.getElementById('kelisim')?.shadowRoot?.querySelectorAll('button[data-kelisim]') ?? [])].map((b) => b.getAttribute('data-kelisim')),
  );

/** The stored decision, through the script tag's API. */
export const decision = (page: Page) => page.evaluate((): ConsentDecision | null => (window as unknown as LoaderWindow).Kelisim.get());

/** Wait (up to 5 s) for a console error containing every one of `parts`; returns its text. */
export async function waitForError(loaded: LoaderPage, ...parts: string[]): Promise<string> {
  const find = () => loaded.errors.find((text) => parts.every((part) => text.includes(part)));
  await expect.poll(find, { timeout: 5000 }).toBeDefined().catch(() => {});
  const found = find();
  if (!found) throw new Error(`No console error containing ${JSON.stringify(parts)}; errors were: ${JSON.stringify(loaded.errors)}`);
  return found;
}

/** Make `context`'s visitor accept all on an earlier page at `path` (the banner's button, for real); resolves once the cookie is stored and that page is closed. */
export async function acceptAllEarlier(server: TestServer, context: BrowserContext, path: string): Promise<void> {
  const { page } = await openPage(server, context, path, loaderTag());
  await widgetButton(page, 'accept-all').click();
  await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toContain('kelisim');
  await page.close();
}
