// The extras chunk of the script tag (dist/kelisim-extras.js, a classic script): what a page
// needs only after its first paint, so the loader keeps none of its bytes — the "cookie
// settings" button of a returning visitor, tab sync, the withdrawal event, the resending of
// unsent receipts, the privacy-policy page's chunk and the gated iframes' placeholders (the
// embeds chunk). The loader starts it when the page is idle, or together with the UI chunk.
import type { ConsentStore } from './core/consent-state';
import type { EmbedsChunk } from './embed-embeds';
import type { PageChunk } from './embed-page';
import { PENDING_KEY } from './integrations/consent-log';
import { syncTabs } from './integrations/cross-tab';
import { startWithdrawal } from './integrations/withdrawal';
import { showFloatingButton } from './loader/floating-button';
import type { LoadChunk } from './loader/load-chunk';
import { register } from './loader/register';
import type { KelisimConfig } from './types';

/** What the loader lends the extras: opening the settings, loading the widget, loading a chunk. */
export interface ExtrasLoader {
  /** Opens the settings; given when the "cookie settings" button is the extras' to draw. */
  open?: () => void;
  /** Loads (and starts) the widget. */
  load: () => void;
  chunk: LoadChunk;
  /** The API's `set`, for the gated iframes' "Load" buttons. */
  set: (ids: string[]) => Promise<unknown>;
}

/**
 * Start the withdrawal event and tab sync on the loader's store, re-reading the decision first
 * (another tab may have changed it while this chunk loaded: heard here, not announced back); the
 * widget now when an earlier page left consent receipts unsent (its consent log resends them);
 * the privacy-policy page chunk and the gated iframes' placeholders (the embeds chunk) once the
 * page is parsed, when the page has them; then the "cookie
 * settings" button when `open` is given and there is a decision. Returns the function that removes the button.
 */
function start(store: ConsentStore, config: KelisimConfig, { open, load, chunk, set }: ExtrasLoader): () => void {
  startWithdrawal(store, config.reloadOnWithdraw);
  store.refresh();
  syncTabs(store);
  const page = () => {
    const element = document.querySelector('[data-kelisim="policy-page"]');
    if (element) void chunk<PageChunk>('page', config.nonce).then((p) => p?.start(element, config, store));
    // Gated iframes (a video, a map): their placeholders, with a "Load" button.
    if (document.querySelector('iframe[data-consent][data-src]')) void chunk<EmbedsChunk>('embeds', config.nonce).then((e) => e?.start(config, store, set));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', page);
  else page();
  const decision = store.get();
  if (config.consentLog && hasPendingReceipts()) load();
  else if (open && decision) return showFloatingButton(decision.lang, open);
  return () => {};
}

/** Whether an earlier page left consent receipts unsent (the UI bundle's consent log keeps them). */
function hasPendingReceipts(): boolean | void {
  try {
    return !!localStorage.getItem(PENDING_KEY);
  } catch {
    // No storage: nothing can be pending.
  }
}

/** What the extras chunk hands to the loader. */
export interface ExtrasChunk {
  start: typeof start;
}

register('extras', { start } satisfies ExtrasChunk);
