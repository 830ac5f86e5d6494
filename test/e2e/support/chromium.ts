import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

export { findChromium };

const ARGS = CHROMIUM_ARGS;

/** A persistent Chromium context with a fresh user-data dir; `close()` removes the dir. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch headless system Chromium (a browser with a fresh profile). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...ARGS, ...(options.args ?? [])],
  });
}

/** Launch a persistent context in a fresh user-data dir (for tests that need a profile). */
export async function launchPersistent(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<TestBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...ARGS, ...(options.args ?? [])],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
