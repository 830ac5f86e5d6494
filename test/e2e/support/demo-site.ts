// The demo site (demo/), built once per test file with vite.demo.config.ts and opened in real
// Chromium: shared by demo.test.ts and builder*.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Policy } from '../../../src/core/policy-types';
import { launchBrowser } from './chromium';
import { ROOT, startServer, type TestServer } from './server';

/** The sample policies' ids (file names without `.json`). */
export const SAMPLES = readdirSync(`${ROOT}demo/policies`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

/** A sample policy, as its file has it. */
export const samplePolicy = (id: string) => JSON.parse(readFileSync(`${ROOT}demo/policies/${id}.json`, 'utf8')) as Policy;

/** Counts in `window.__frameLoads` every time the site sets an iframe's `src` (each reloads the preview). */
const COUNT_FRAME_LOADS = `{
  const src = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    ...src,
    set(value) { window.__frameLoads = (window.__frameLoads || 0) + 1; src.set.call(this, value); },
  });
}`;

/** The built demo, served from 127.0.0.1, and a browser to open it in. */
export interface DemoSite {
  browser: Browser;
  server: TestServer;
  /** The built site's directory. */
  outDir: string;
  /** The built site's index.html on the test server. */
  url: string;
  /** A fresh visitor (no cookies, no storage) on a page tall enough for the preview. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Build the demo into test/.tmp and start a server and Chromium. */
export async function startDemoSite(): Promise<DemoSite> {
  mkdirSync(`${ROOT}test/.tmp`, { recursive: true });
  const outDir = mkdtempSync(`${ROOT}test/.tmp/demo-`);
  await build({ configFile: `${ROOT}vite.demo.config.ts`, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server = await startServer();
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    outDir,
    url: `${server.origin}/${outDir.slice(ROOT.length)}/index.html`,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1600 }, acceptDownloads: true });
      contexts.push(context);
      await context.addInitScript(COUNT_FRAME_LOADS);
      return context.newPage();
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** How many times the site has (re)loaded its preview iframe. */
export const frameLoads = (page: Page) => page.evaluate(() => (window as Window & { __frameLoads?: number }).__frameLoads ?? 0);

/** Text of a locator, or null while it is missing or its frame is reloading. */
export async function textOf(locator: Locator): Promise<string | null> {
  try {
    return await locator.textContent({ timeout: 500 });
  } catch {
    return null;
  }
}

/** Open the site; `requests` collects every URL the page and its frames ask for. */
export async function openDemo(site: DemoSite, requests: string[] = []) {
  const page = await site.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.url);
  await page.locator('#problems[data-state]').waitFor();
  return { page, frame: page.frameLocator('#frame') };
}

/** Pick a sample (or `blank`) and wait until the check has run on it. */
export async function pickSample(page: Page, id: string, state = 'valid'): Promise<void> {
  await page.selectOption('#sample', id);
  await page.waitForFunction((expected) => document.getElementById('problems')?.dataset.state === expected, state);
}

/** The preview page's window (the widget's page), for checks that must see inside it. */
export function previewFrame(page: Page) {
  const frame = page.frames().find((f) => f.url().endsWith('/preview.html'));
  if (!frame) throw new Error('the preview iframe is not there');
  return frame;
}
