import type { ConsentDecision } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import type { ConsentLogOptions } from '../types';
import { buildReceipt, type ConsentReceipt } from './consent-receipt';
import { pendingReceipts, setPending, type PendingHost } from './pending-receipts';

export { PENDING_KEY, pendingReceipts } from './pending-receipts';

/** A window as far as the log needs it. */
type LogHost = PendingHost & {
  fetch?: typeof fetch;
  navigator?: Pick<Navigator, 'sendBeacon'>;
};

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
  setPending(receipt, true, win);
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
  if (sent) setPending(receipt, false, win);
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

/**
 * One page's sender (the script tag's log chunk): each call sends the receipts pending in
 * storage and `fresh` (decisions of this page, also kept in memory where storage is blocked),
 * each at most once per page, whoever asks and however often; one the log refused stays pending
 * for the next page.
 */
export function createLogSender(options: ConsentLogOptions, win: LogHost = globalThis): (fresh?: ConsentReceipt[]) => Promise<void> {
  const seen = new Set<string>();
  return async (fresh = []) => {
    for (const receipt of [...pendingReceipts(win), ...fresh]) {
      if (seen.has(receipt.id)) continue;
      seen.add(receipt.id);
      await sendReceipt(receipt, options, win);
    }
  };
}
