import { describe, expect, it, vi } from 'vitest';
import type { ConsentDecision } from '../../../src/core/consent-types';
import type { Policy } from '../../../src/core/policy-types';
import { createLogSender, logDecision, pendingReceipts, PENDING_KEY, resendPending, sendReceipt } from '../../../src/integrations/consent-log';
import { setPending } from '../../../src/integrations/pending-receipts';
import type { ConsentReceipt } from '../../../src/integrations/consent-receipt';
import policyJson from '../../fixtures/policy.json';

const URL = 'https://log.dala-market.kz/consent';

/** A minimal in-memory localStorage. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

/** A page whose log endpoint answers with `statuses` in turn (a number, or 'offline'). */
function page(...statuses: (number | 'offline')[]) {
  const bodies: unknown[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (_url, init) => {
    bodies.push(JSON.parse(init?.body as string));
    const status = statuses.shift() ?? 200;
    if (status === 'offline') throw new TypeError('Failed to fetch');
    return new Response(null, { status });
  });
  return { fetch, bodies, localStorage: memoryStorage() };
}

const receipt = (id = 'c0ffee00-0000-4000-8000-000000000001') => ({ id, time: '2025-03-14T09:30:00.000Z', granted: ['analytics'] }) as ConsentReceipt;

describe('sendReceipt', () => {
  it('POSTs the JSON receipt with keepalive and no cookies, and keeps nothing once accepted', async () => {
    const win = page(204);
    expect(await sendReceipt(receipt(), { url: URL }, win)).toBe(true);
    const [url, init] = win.fetch.mock.calls[0]!;
    expect(url).toBe(URL);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'application/json' } });
    expect(win.bodies).toEqual([receipt()]);
    expect(win.localStorage.getItem(PENDING_KEY)).toBeNull();
  });

  it.each([[500], ['offline' as const]])('keeps a receipt the log did not accept (%s) and resends it on the next page', async (status) => {
    const win = page(status, 200);
    expect(await sendReceipt(receipt(), { url: URL }, win)).toBe(false);
    expect(pendingReceipts(win)).toEqual([receipt()]);
    await resendPending({ url: URL }, win);
    expect(win.bodies).toEqual([receipt(), receipt()]);
    expect(pendingReceipts(win)).toEqual([]);
  });

  it('never keeps two copies of one consent id, and keeps different ids apart', async () => {
    const win = page(500, 500, 500, 500);
    await sendReceipt(receipt('a'), { url: URL }, win);
    await sendReceipt(receipt('b'), { url: URL }, win);
    await resendPending({ url: URL }, win);
    expect(pendingReceipts(win).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('falls back to sendBeacon where fetch is missing, keeping the receipt when the beacon is refused', async () => {
    const beacons: Blob[] = [];
    let accept = false;
    const win = {
      localStorage: memoryStorage(),
      navigator: { sendBeacon: (url: string, blob: Blob) => (beacons.push(blob), url === URL && accept) },
    };
    expect(await sendReceipt(receipt(), { url: URL }, win as never)).toBe(false);
    expect(pendingReceipts(win)).toHaveLength(1);
    accept = true;
    await resendPending({ url: URL }, win as never);
    expect(pendingReceipts(win)).toHaveLength(0);
    expect(beacons[1]!.type).toBe('application/json');
    expect(JSON.parse(await beacons[1]!.text())).toEqual(receipt());
  });

  it('still sends when storage is blocked', async () => {
    const win = page(200);
    win.localStorage.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
    expect(await sendReceipt(receipt(), { url: URL }, win)).toBe(true);
    expect(win.fetch).toHaveBeenCalledTimes(1);
  });
});

describe('logDecision', () => {
  it('sends the receipt of the decision', async () => {
    const win = page(200);
    const decision: ConsentDecision = {
      granted: [], categories: ['analytics'], revision: '2025-03', decidedAt: 0,
      id: 'c0ffee00-0000-4000-8000-000000000002', lang: 'en', method: 'reject-all',
    };
    await logDecision(decision, policyJson as Policy, { url: URL }, win);
    expect(win.bodies[0]).toMatchObject({ id: decision.id, declined: ['analytics'], method: 'reject-all', operator: { bin: '180540012343' } });
  });
});

describe('createLogSender (the script tag\'s log chunk)', () => {
  it('sends a receipt that is both pending and handed over fresh once, and never again on the same page', async () => {
    const win = page(204, 204);
    const send = createLogSender({ url: URL }, win);
    // The banner keeps the click's receipt pending, then hands it over too.
    setPending(receipt('a'), true, win);
    await send([receipt('a')]);
    expect(win.bodies).toEqual([receipt('a')]);
    await send([receipt('a')]);
    await send();
    expect(win.fetch).toHaveBeenCalledTimes(1);
    expect(pendingReceipts(win)).toEqual([]);
  });

  it('sends receipts an earlier page left pending; one refused stays pending for the next page, not resent on this one', async () => {
    const win = page(500, 204);
    setPending(receipt('old'), true, win);
    const send = createLogSender({ url: URL }, win);
    await send();
    expect(pendingReceipts(win).map((r) => r.id)).toEqual(['old']);
    await send([receipt('new')]);
    expect(win.bodies.map((r) => (r as { id: string }).id)).toEqual(['old', 'new']);
    expect(pendingReceipts(win).map((r) => r.id)).toEqual(['old']);
    // The next page's sender resends it.
    await createLogSender({ url: URL }, win)();
    expect(pendingReceipts(win)).toEqual([]);
  });

  it('two calls at once send each receipt once', async () => {
    const win = page(204, 204);
    setPending(receipt('a'), true, win);
    const send = createLogSender({ url: URL }, win);
    await Promise.all([send([receipt('b')]), send([receipt('b')])]);
    expect(win.bodies.map((r) => (r as { id: string }).id).sort()).toEqual(['a', 'b']);
  });

  it('sends a fresh receipt from memory when storage is blocked', async () => {
    const win = page(204);
    win.localStorage.setItem = () => { throw new DOMException('blocked', 'SecurityError'); };
    await createLogSender({ url: URL }, win)([receipt('m')]);
    expect(win.bodies).toEqual([receipt('m')]);
  });
});
