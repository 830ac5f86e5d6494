// The extras chunk of the script tag (dist/kelisim-extras.js, a classic script): what a page
// needs only after its first paint, so the loader keeps none of its bytes — the "cookie
// settings" button of a returning visitor, tab sync and the withdrawal event. The loader starts
// it when the page is idle, or together with the UI chunk.
import type { ConsentStore } from './core/consent-state';
import { syncTabs } from './integrations/cross-tab';
import { startWithdrawal } from './integrations/withdrawal';
import { showFloatingButton } from './loader/floating-button';
import { register } from './loader/register';
import type { KelisimConfig } from './types';

/**
 * Start the withdrawal event and tab sync on the loader's store, re-reading the decision first
 * (another tab may have changed it while this chunk loaded: heard here, not announced back),
 * then draw the "cookie settings" button when `open` is given and there is a decision. Returns
 * the function that removes the button.
 */
function start(store: ConsentStore, config: KelisimConfig, open?: () => void): () => void {
  startWithdrawal(store, config.reloadOnWithdraw);
  store.refresh();
  syncTabs(store);
  const decision = store.get();
  return open && decision ? showFloatingButton(decision.lang, open) : () => {};
}

/** What the extras chunk hands to the loader. */
export interface ExtrasChunk {
  start: typeof start;
}

register('extras', { start } satisfies ExtrasChunk);
