// The consent log's chunk of the script tag (dist/kelisim-log.js, a classic script that hands
// `send` to the loader's hook): POSTs receipts to the site's consent log. The banner chunk builds
// each receipt and keeps it pending at the click (src/integrations/log-receipts.ts) and loads
// this chunk then, or once the page is idle when an earlier page left receipts unsent; only
// sites with `data-consent-log` ever load it.
import { createLogSender } from './integrations/consent-log';
import type { ConsentReceipt } from './integrations/consent-receipt';
import { register } from './loader/register';
import type { ConsentLogOptions } from './types';

let sender: ((fresh?: ConsentReceipt[]) => Promise<void>) | undefined;

/** Sends the pending receipts and `fresh` to `options.url`, each once per page (see `createLogSender`). */
function send(options: ConsentLogOptions, fresh: ConsentReceipt[]): Promise<void> {
  return (sender ??= createLogSender(options))(fresh);
}

/** What the log chunk hands to the loader. */
export interface LogChunk {
  send: typeof send;
}

register('log', { send } satisfies LogChunk);
