// A consent-log endpoint on the test server: `POST /consent-log?t=<key>` answers 204, or 500 as
// many times as `failNext` said for that key; what reached it is read back per key.
import type { Page } from 'playwright-core';
import type { TestServer } from './server';

/** The stub endpoint of one test file. */
export interface ConsentLogStub {
  /** Answer the next `times` receipts sent under `key` with 500. */
  failNext(key: string, times: number): void;
  /** The receipts that reached the log under `key`, parsed, in order (refused ones too). */
  received<T = { id: string }>(key: string): T[];
}

/** Add the endpoint to `server` (before its first test). */
export function stubConsentLog(server: TestServer): ConsentLogStub {
  const failures = new Map<string, number>();
  server.handle((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/consent-log') return false;
    const key = url.searchParams.get('t') ?? '';
    const left = failures.get(key) ?? 0;
    failures.set(key, left - 1);
    res.writeHead(left > 0 ? 500 : 204);
    res.end();
  });
  return {
    failNext: (key, times) => void failures.set(key, times),
    received: <T>(key: string) =>
      server.requests.filter((r) => r.method === 'POST' && r.url === `/consent-log?t=${key}`).map((r) => JSON.parse(r.body) as T),
  };
}

/** The ids of the receipts the page keeps pending (not yet accepted by the log). */
export const pendingReceiptIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('kelisim.pending') ?? '[]') as { id: string }[]).map((r) => r.id));
