import type { ConsentDecision } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import type { ConsentLogOptions } from '../types';
import { buildReceipt, type ConsentReceipt } from './consent-receipt';

/** The localStorage key of receipts not yet accepted by the log. */
export const PENDING_KEY = 'kelisim.pending';

/** At most this many receipts wait for a resend; the oldest go first. */
const MAX_PENDING = 20;

/** A window as far as the log needs it. */
type LogHost = {
  fetch?: typeof fetch;
  navigator?: Pick<Navigator, 'sendBeacon'>;
  localStorage?: Storage;
};

/** The receipts waiting for a resend. */
export function pendingReceipts(win: LogHost = globalThis): ConsentReceipt[] {
  try {
    const list: unknown = JSON.parse(win.localStorage?.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(list) ? (list as ConsentReceipt[]) : [];
  } catch {
    return [];
  }
}

/** Replace the pending list; storage may be full or blocked, and then nothing is kept. */
function savePending(win: LogHost, list: ConsentReceipt[]): void {
  try {
    if (list.length) win.localStorage?.setItem(PENDING_KEY, JSON.stringify(list.slice(-MAX_PENDING)));
    else win.localStorage?.removeItem(PENDING_KEY);
  } catch {
    // Private modes may refuse storage: the receipt is then sent once, without retry.
  }
}

/** Keep `receipt` pending, or forget it (`keep` false); one entry per consent id. */
function setPending(win: LogHost, receipt: ConsentReceipt, keep: boolean): void {
  const others = pendingReceipts(win).filter((item) => item.id !== receipt.id);
  savePending(win, keep ? [...others, receipt] : others);
}

/**
 * Send a receipt to the consent log by POST (JSON). It is kept in localStorage until the log
 * answers 2xx, so a failed send, or one cut off by leaving the page, is retried by
 * `resendPending` on a later page; the consent id lets the log ignore a second copy.
 * `fetch` with `keepalive` (it outlives the page, like a beacon) is used because only it tells
 * whether the log accepted the receipt; `sendBeacon` is the fallback where fetch is missing.
 * Resolves to whether the log accepted it.
 */
export async function sendReceipt(
  receipt: ConsentReceipt,
  options: ConsentLogOptions,
  win: LogHost = globalThis,
): Promise<boolean> {
  const body = JSON.stringify(receipt);
  setPending(win, receipt, true);
  let sent = false;
  if (win.fetch) {
    try {
      const response = await win.fetch(options.url, {
        method: 'POST',
        keepalive: true,
        // The log gets the receipt and nothing else: no cookies of the site.
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body,
      });
      sent = response.ok;
    } catch {
      sent = false;
    }
  } else {
    sent = win.navigator?.sendBeacon?.(options.url, new Blob([body], { type: 'application/json' })) ?? false;
  }
  if (sent) setPending(win, receipt, false);
  return sent;
}

/** Send again every receipt a previous page could not deliver; call it on each page load. */
export async function resendPending(options: ConsentLogOptions, win: LogHost = globalThis): Promise<void> {
  for (const receipt of pendingReceipts(win)) await sendReceipt(receipt, options, win);
}

/** Build the receipt of a decision made on `policy` and send it to the consent log. */
export function logDecision(
  decision: ConsentDecision,
  policy: Policy,
  options: ConsentLogOptions,
  win: LogHost = globalThis,
): Promise<boolean> {
  return sendReceipt(buildReceipt(decision, policy), options, win);
}
