// The set-up most real-browser test files share: one Chromium and one test server for the file,
// and a fresh browser context per visitor, closed after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './chromium';
import { createTestServer, type TestServer } from './server';

/** One test file's Chromium and server, and the contexts its tests open. */
export interface BrowserSession {
  /** The file's server on 127.0.0.1: pages and handlers can be added at once; it listens from the first hook on. */
  server: TestServer;
  /** The file's Chromium (launched before the first test). */
  browser(): Browser;
  /** A new browser context (no cookie, no earlier decision), closed after the test. */
  freshContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Close `context`, opened some other way (e.g. by support/pages.ts's openPage), after the test too. */
  closeAfterTest(context: BrowserContext): void;
}

/** What a test file adds to the shared set-up. */
export interface SessionOptions {
  /** Run after each test, before its contexts close (e.g. answer requests it held back). */
  afterEachTest?: () => void;
}

/**
 * Register the file's hooks and return its session: before all tests, launch Chromium and start
 * the server; after each, run `afterEachTest` and close the contexts it opened; after all, close both.
 */
export function useBrowserSession({ afterEachTest }: SessionOptions = {}): BrowserSession {
  const server = createTestServer();
  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  const launched = () => {
    if (!browser) throw new Error('Chromium is not launched yet: use the session in a test or hook.');
    return browser;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    await server.listen();
  });
  afterEach(async () => {
    afterEachTest?.();
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server.close();
  });
  return {
    server,
    browser: launched,
    async freshContext(options) {
      const context = await launched().newContext(options);
      contexts.push(context);
      return context;
    },
    closeAfterTest: (context) => void contexts.push(context),
  };
}
