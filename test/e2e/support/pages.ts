import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { decodeDecision, encodeDecision } from '../../../src/core/consent-cookie';
import type { ConsentDecision } from '../../../src/core/consent-types';
import type { TestServer } from './server';

/** The valid test policy, as the server serves it. */
export const POLICY_URL = '/test/fixtures/policy.json';

/** How long `expect.poll` waits for the page: loads are slow on a busy two-core machine. */
export const POLL = { timeout: 10_000 };

/** A gated tag for the `analytics` category: counts its runs in `window.gatedRuns`. */
export const GATED = '<script type="text/plain" data-consent="analytics">window.gatedRuns = (window.gatedRuns || 0) + 1</script>';

/** What a test page around the built loader holds. */
export interface PageOptions {
  /** `data-*` attributes of the loader tag (names without `data-`); `undefined` drops a default. */
  data?: Record<string, string | undefined>;
  /** `<html lang>`. @default 'kk' */
  lang?: string;
  /** HTML in `<head>` before the loader tag. */
  head?: string;
  /** The body's HTML (the gated analytics tag is added at its end). @default a heading and a paragraph */
  body?: string;
  /** Nonce of the loader tag. */
  nonce?: string;
  /** How many copies of the loader tag. @default 1 */
  tags?: number;
}

/** The loader tag's attributes a site would write: the policy, its revision and categories. */
const DEFAULT_DATA = { policy: POLICY_URL, revision: '2026-01', categories: 'analytics' };

/** Escape a value for a double-quoted HTML attribute. */
const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** A host page that loads `dist/kelisim.js` as a site would, with one gated analytics tag. */
export function kelisimPage(options: PageOptions = {}): string {
  const data = { ...DEFAULT_DATA, ...options.data };
  const attrs = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` data-${name}="${attr(value!)}"`)
    .join('');
  const nonce = options.nonce ? ` nonce="${attr(options.nonce)}"` : '';
  const tag = `<script src="/dist/kelisim.js"${nonce}${attrs}></script>`;
  return `<!doctype html>
<html lang="${options.lang ?? 'kk'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/test/fixtures/gate/pixel.svg">
<title>Host page</title>${options.head ?? ''}${tag.repeat(options.tags ?? 1)}</head>
<body>${options.body ?? '<main><h1>Dala Market</h1><p>Welcome.</p></main>'}
${GATED}</body></html>`;
}

/** Console errors, uncaught page errors and warnings of one page, as they happen. */
export interface PageLog {
  errors: string[];
  pageErrors: string[];
  warnings: string[];
}

/** Start collecting `page`'s console errors and warnings and its uncaught errors. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { errors: [], pageErrors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  return log;
}

/** A page open on `html` (served at `path`) in a fresh context, with its log. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  log: PageLog;
}

/** How to open a test page. */
export interface OpenOptions {
  context?: BrowserContextOptions;
  /** Response headers of the page. */
  headers?: Record<string, string>;
  /** A script run in the page before any of its own (`addInitScript`). */
  init?: string;
  /** Cookies the visitor already has, by name. */
  cookies?: Record<string, string>;
}

/** Serve `html` at `path` and open it in a new context of `browser`. */
export async function openPage(
  browser: Browser,
  server: TestServer,
  path: string,
  html: string,
  { context: contextOptions = {}, headers = {}, init, cookies = {} }: OpenOptions = {},
): Promise<OpenedPage> {
  server.page(path, html, headers);
  const context = await browser.newContext(contextOptions);
  if (init) await context.addInitScript(init);
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: server.origin })));
  const page = await context.newPage();
  // Everything here happens within a second or two: fail fast rather than at the test timeout.
  page.setDefaultTimeout(10_000);
  const log = watchPage(page);
  await page.goto(`${server.origin}${path}`);
  return { context, page, log };
}

/** A CSS selector for an element inside the widget (Playwright's CSS pierces open shadow roots). */
export const inWidget = (selector: string) => `#kelisim >> ${selector}`;

/** Wait until the banner's Accept all button is visible. */
export async function waitForBanner(page: Page): Promise<void> {
  await page.locator(inWidget('.panel:not(.dialog) [data-kelisim="accept-all"]')).waitFor({ state: 'visible' });
}

/** Wait until the preferences dialog is visible. */
export async function waitForDialog(page: Page): Promise<void> {
  await page.locator(inWidget('[role="dialog"].dialog')).waitFor({ state: 'visible' });
}

/** Whether any button of the widget is on screen. */
export const widgetShown = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('kelisim')?.shadowRoot;
    return [...(root?.querySelectorAll('button') ?? [])].some((b) => b.getBoundingClientRect().height > 0);
  });

/**
 * A round trip through the page's rendering: resolves once the page has drawn two more frames, so
 * whatever it had scheduled for the screen before the call is on it. A condition, not a sleep.
 */
export const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** How often the gated analytics tag ran. */
export const gatedRuns = (page: Page) => page.evaluate(() => (window as { gatedRuns?: number }).gatedRuns ?? 0);

/** The `kelisim` decision cookies in `context`. */
export const decisionCookies = async (context: BrowserContext) =>
  (await context.cookies()).filter((cookie) => cookie.name === 'kelisim');

/** The element that really has focus, looking through open shadow roots, described for assertions. */
export interface FocusState {
  /** Inside the widget's shadow root. */
  inWidget: boolean;
  /** Inside the open preferences dialog. */
  inDialog: boolean;
  tag: string;
  /** Its `data-kelisim` or `data-kelisim-category`, else its text. */
  name: string;
  /** `:focus-visible` matches. */
  focusVisible: boolean;
  /** Its computed outline, e.g. `solid 3px`. */
  outline: string;
  /** Focusable only by script (`tabindex="-1"`), such as a dialog's title focused on opening. */
  scriptOnly: boolean;
  /** Its position among the elements of its document or shadow root: tells elements apart. */
  index: number;
}

/** Where focus is now. */
export const focusState = (page: Page): Promise<FocusState> =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = document.getElementById('kelisim');
    const style = el ? getComputedStyle(el) : null;
    return {
      inWidget: !!el && el !== host && el.getRootNode() === host?.shadowRoot,
      inDialog: !!el?.closest('.dialog[role="dialog"]'),
      tag: el?.localName ?? '',
      name: el?.getAttribute('data-kelisim') ?? el?.getAttribute('data-kelisim-category') ?? el?.textContent?.trim() ?? '',
      focusVisible: !!el?.matches(':focus-visible'),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      scriptOnly: el?.getAttribute('tabindex') === '-1',
      index: el ? [...(el.getRootNode() as Document | ShadowRoot).querySelectorAll('*')].indexOf(el) : -1,
    };
  });

/** The decision stored in `context`'s `kelisim` cookie, read as the loader reads it; null if none or invalid. */
export async function storedDecision(context: BrowserContext): Promise<ConsentDecision | null> {
  const [cookie] = await decisionCookies(context);
  // js-cookie percent-encodes what a cookie may not hold and decodes it on reading.
  return cookie ? decodeDecision(cookie.value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent)) : null;
}

/** A cookie value holding `decision` (defaults: analytics granted on revision 2026-01, decided now). */
export function decisionCookie(decision: Partial<ConsentDecision> = {}): string {
  return encodeDecision({
    granted: ['analytics'],
    categories: ['analytics'],
    revision: '2026-01',
    decidedAt: Date.now(),
    id: '3f1c2b7a-5d4e-4f60-9a8b-0c1d2e3f4a5b',
    lang: 'en',
    method: 'accept-all',
    ...decision,
  });
}
