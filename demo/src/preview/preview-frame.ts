import type { Consent } from '../../../src/core/consent-types';
import { CHANNEL, isDemoMessage, type Command, type PreviewSetup, type Signal } from '../shared/messages';

/** The preview iframe: shows a setup, forgets the visitor, reloads as a returning one. */
export interface PreviewFrame {
  /** Show `setup` to a first-time visitor (the stored decision is forgotten). */
  show(setup: PreviewSetup): void;
  /** Forget the decision (`Kelisim.reset()`) and every cookie, then reload. */
  reset(): void;
  /** Reload, keeping the cookies: the visitor comes back. */
  reload(): void;
}

/** The preview page's address, next to the site's own page. */
const PAGE = 'preview.html';

/** Drive `frame`; every signal its page reports goes to `onSignal`. */
export function createPreviewFrame(frame: HTMLIFrameElement, onSignal: (signal: Signal) => void): PreviewFrame {
  let setup: PreviewSetup | undefined;

  // The page says `page` once its listeners are in place; it gets the current setup in reply.
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    if (!isDemoMessage(event.data) || !('kind' in event.data)) return;
    if (event.data.kind === 'page' && setup) {
      const command: Command = { channel: CHANNEL, cmd: 'start', ...setup };
      frame.contentWindow!.postMessage(command, location.origin);
    }
    onSignal(event.data);
  });

  const reload = () => {
    // Setting `src`, even to the same value, navigates the frame afresh.
    frame.src = PAGE;
  };

  const reset = () => {
    // Same origin: the site can reach the widget directly, even while the page is half-loaded.
    const preview = frame.contentWindow as (Window & { Kelisim?: Pick<Consent, 'get' | 'reset'> }) | null;
    try {
      if (preview?.Kelisim?.get()) preview.Kelisim.reset();
    } catch {
      // A page mid-navigation may have no widget yet; clearing the cookies below is enough.
    }
    // A first-time visitor has no cookies at all, trackers' included.
    for (const pair of document.cookie.split(';')) {
      const name = pair.split('=')[0]!.trim();
      if (name) document.cookie = `${name}=; path=/; max-age=0`;
    }
    reload();
  };

  return {
    show(next) {
      setup = next;
      reset();
    },
    reset,
    reload,
  };
}
