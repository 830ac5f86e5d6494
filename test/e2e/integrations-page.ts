import type { BrowserContext, Page } from 'playwright-core';
import type { Consent } from '../../src/core/consent-types';
import type { Integrations } from '../../src/integrations/start-integrations';
import type { KelisimConfig } from '../../src/types';
import { bundleForBrowser } from './support/bundle';
import type { TestServer } from './support/server';

/** What the integrations test pages expose on `window`. */
export type TestWindow = Window & {
  kelisimTest: { consent: Consent; integrations: Integrations };
  dataLayer?: unknown[];
  ym?: unknown;
  __metrica?: { loads: number; calls: { args: unknown[]; optedOut: boolean }[] };
  __googleLoads?: { src: string; entries: { kind: string; name: string }[] }[];
  __withdrawn?: string[][];
} & Record<string, unknown>;

/** The local stand-ins for the trackers' scripts. */
export const STUBS = {
  metrica: '/test/fixtures/integrations/metrica-stub.js',
  google: '/test/fixtures/integrations/google-stub.js',
};

/**
 * Serve a page at `path` whose head starts consent and the integrations with `config` (inline,
 * before anything else), followed by `head`; open it in `context` on `host`.
 */
export async function openIntegrationsPage(
  server: TestServer,
  context: BrowserContext,
  path: string,
  config: KelisimConfig,
  { host = '127.0.0.1', head = '' } = {},
): Promise<Page> {
  const bundle = (await bundleForBrowser('test/fixtures/integrations/entry.ts', 'KelisimIntegrationsTest')).replaceAll(
    '</script',
    '<\\/script',
  );
  server.page(
    path,
    `<!doctype html><meta charset="utf-8"><script>${bundle}
window.kelisimTest = KelisimIntegrationsTest.start(${JSON.stringify(config)});</script>${head}<body><h1>${path}</h1>`,
  );
  const page = await context.newPage();
  await page.goto(`http://${host}:${server.port}${path}`);
  return page;
}
