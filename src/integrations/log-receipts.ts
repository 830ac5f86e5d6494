import type { Consent } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { buildReceipt, type ConsentReceipt } from './consent-receipt';
import { pendingReceipts, setPending } from './pending-receipts';

/**
 * The banner chunk's half of the consent log: each decision's receipt is built and kept pending
 * inside the click (so a page left at once still sends it on the next page), then `send` hands
 * it to the log chunk (dist/kelisim-log.js), which delivers it. Receipts an earlier page left
 * pending go once the page is idle (`later`): the sender's code is not on the banner's path.
 */
export function logReceipts(consent: Consent, policy: Policy, send: (fresh: ConsentReceipt[]) => void, later: (task: () => void) => void): void {
  if (pendingReceipts().length) later(() => send([]));
  consent.on('consent', (decision) => {
    const receipt = buildReceipt(decision, policy);
    setPending(receipt, true);
    send([receipt]);
  });
}
