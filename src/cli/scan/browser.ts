import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chrome or Chromium to scan with: CHROMIUM_PATH or CHROME_PATH, else a system one; undefined when none. */
export function findBrowser(env: Record<string, string | undefined>): string | undefined {
  return [env.CHROMIUM_PATH, env.CHROME_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
}

/** Chromium's `--host-resolver-rules` for `host=ip` pairs: `MAP host ip, MAP …`. */
export function resolverRules(pairs: readonly { host: string; ip: string }[]): string[] {
  return pairs.length ? [`--host-resolver-rules=${pairs.map(({ host, ip }) => `MAP ${host} ${ip}`).join(', ')}`] : [];
}

/** Start headless Chromium at `executablePath` with the host mappings. */
export async function launchScanner(executablePath: string, pairs: readonly { host: string; ip: string }[]): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const root = process.getuid?.() === 0;
  return chromium.launch({
    executablePath,
    headless: true,
    // As root (a container, CI) Chromium starts only without its sandbox.
    args: [...(root ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', ...resolverRules(pairs)],
  });
}
