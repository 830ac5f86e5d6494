import type { ConsentReceipt } from './consent-receipt';

/** The localStorage key of receipts not yet accepted by the log. */
export const PENDING_KEY = 'kelisim.pending';

/** At most this many receipts wait for a resend; the oldest go first. */
const MAX_PENDING = 20;

/** A window as far as the pending list needs it. */
export type PendingHost = { localStorage?: Storage };

/** The receipts waiting for a (re)send. */
export function pendingReceipts(win: PendingHost = globalThis): ConsentReceipt[] {
  try {
    const list: unknown = JSON.parse(win.localStorage?.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(list) ? (list as ConsentReceipt[]) : [];
  } catch {
    return [];
  }
}

/**
 * Keep `receipt` pending (`keep`), or forget it once the log accepted it; one entry per consent
 * id. Storage may be full or blocked (private modes): then nothing is kept, and the receipt is
 * sent from memory once, without retry.
 */
export function setPending(receipt: ConsentReceipt, keep: boolean, win: PendingHost = globalThis): void {
  try {
    const list = pendingReceipts(win).filter((item) => item.id !== receipt.id);
    if (keep) list.push(receipt);
    if (list.length) win.localStorage?.setItem(PENDING_KEY, JSON.stringify(list.slice(-MAX_PENDING)));
    else win.localStorage?.removeItem(PENDING_KEY);
  } catch {
    // Nothing kept: see above.
  }
}
