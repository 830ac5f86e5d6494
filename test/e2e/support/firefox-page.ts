// Loader pages in Firefox (puppeteer-core over WebDriver BiDi): the same pages as loader-page.ts
// serves to Chromium, with the few page helpers that differ between Playwright and puppeteer.
import type { BrowserContext, Page } from 'puppeteer-core';
import { decodeDecision } from '../../../src/core/consent-cookie';
import type { ConsentDecision } from '../../../src/core/consent-types';
import { loaderHtml, type LoaderWindow } from '../loader-page';
import type { TestServer } from './server';

/** A Firefox page opened on the test server, with what its console said. */
export interface FirefoxPage {
  page: Page;
  /** `console.error` texts, in order. */
  errors: string[];
  /** Uncaught exceptions on the page. */
  uncaught: Error[];
}

/** Serve `<head>` + `<body>` at `path` (as loader-page.ts's openPage) and open it in `context`. */
export async function openFirefoxPage(
  server: TestServer,
  context: BrowserContext,
  path: string,
  head: string,
  body = '',
  waitUntil: 'domcontentloaded' | 'networkidle0' = 'domcontentloaded',
): Promise<FirefoxPage> {
  server.page(path, loaderHtml(path, head, body));
  const page = await context.newPage();
  // Everything here happens within a second or two: fail fast rather than at the test timeout.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const uncaught: Error[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void uncaught.push(error as Error));
  await page.goto(`${server.origin}${path}`, { waitUntil });
  return { page, errors, uncaught };
}

/** The widget's button for `action` inside `#kelisim`'s open shadow root (`>>>` pierces it). */
export const buttonSelector = (action: string) => `#kelisim >>> [data-kelisim="${action}"]`;

/** The names of the gated stubs that ran on the page, in order. */
export const ranIn = (page: Page) => page.evaluate(() => (window as unknown as LoaderWindow).__ran ?? []);

/** Wait until the stub (or inline script) named `name` has run. */
export const waitRanIn = (page: Page, name: string) =>
  page.waitForFunction((n) => ((window as unknown as LoaderWindow).__ran ?? []).includes(n), {}, name);

/** The `data-kelisim` actions of the buttons in `#kelisim`'s shadow root (none when there is no widget). */
export const actionsIn = (page: Page) =>
  page.evaluate(() =>
    [...(document.getElementById('kelisim')?.shadowRoot?.querySelectorAll('button[data-kelisim]') ?? [])].map((b) => b.getAttribute('data-kelisim')),
  );

/** The decision in `context`'s `kelisim` cookie, read as the loader reads it; null if none or invalid. */
export async function cookieDecision(context: BrowserContext): Promise<ConsentDecision | null> {
  const cookie = (await context.cookies()).find((c) => c.name === 'kelisim');
  // js-cookie percent-encodes what a cookie may not hold and decodes it on reading.
  return cookie ? decodeDecision(cookie.value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)) : null;
}
