import type { ConsentState } from '../core/consent-types';

/** The BroadcastChannel Kelisim's tabs talk on. */
export const TAB_CHANNEL = 'kelisim';

/** A window as far as tab sync needs it. */
type TabHost = Pick<Window, 'addEventListener' | 'removeEventListener' | 'document'> & {
  BroadcastChannel?: typeof BroadcastChannel;
};

/**
 * Keep the other open tabs of the site in step: after a change in this tab, tell them on a
 * BroadcastChannel; when told, re-read the stored decision (`consent.refresh()`, which reports
 * the change, so gates open, Consent Mode updates and events fire). The decision is also
 * re-read whenever the tab is shown or focused — the fallback where BroadcastChannel is
 * missing, and the way a decision shared across subdomains arrives. Returns the function that
 * stops syncing.
 */
export function syncTabs(consent: ConsentState, win: TabHost = globalThis as unknown as TabHost): () => void {
  const channel = win.BroadcastChannel ? new win.BroadcastChannel(TAB_CHANNEL) : undefined;
  let refreshing = false;
  const refresh = () => {
    // A change that came from another tab is not announced back to it.
    refreshing = true;
    try {
      consent.refresh();
    } finally {
      refreshing = false;
    }
  };
  const onVisible = () => {
    if (win.document.visibilityState === 'visible') refresh();
  };

  const stopListening = consent.on('change', ({ decision }) => {
    if (!refreshing) channel?.postMessage({ id: decision?.id });
  });
  // The message can arrive before this tab's view of the cookie has caught up: re-read until
  // the announced decision is there (a few tries, 50 ms apart).
  let retry: ReturnType<typeof setTimeout> | undefined;
  // (The id is undefined for "no decision"; older tabs sent null, which reads the same here.)
  const follow = (id?: string | null, tries = 10) => {
    refresh();
    if (consent.get()?.id != id && tries > 1) retry = setTimeout(follow, 50, id, tries - 1);
  };
  if (channel) channel.onmessage = (event: MessageEvent<{ id?: string | null }>) => follow(event.data?.id);
  win.document.addEventListener('visibilitychange', onVisible);
  win.addEventListener('focus', refresh);
  return () => {
    stopListening();
    clearTimeout(retry);
    channel?.close();
    win.document.removeEventListener('visibilitychange', onVisible);
    win.removeEventListener('focus', refresh);
  };
}
