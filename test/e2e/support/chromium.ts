import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** Path of the system's Chromium; throws a message that says how to install it. */
export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Real-browser tests need Chromium and none was found. Install Debian\'s package ' +
        '(`apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** Flags that keep headless Chromium off the network and quiet on this machine. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Every name resolves to this machine: tests never reach the internet.
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];

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
