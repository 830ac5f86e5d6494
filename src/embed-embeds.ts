// The embeds' chunk of the script tag (dist/kelisim-embeds.js, a classic script): until consent,
// each `<iframe data-consent="youtube" data-src="…">` stands behind a placeholder of its size
// saying what it is, who provides it and where data go, with a "Load" button that grants just
// that service. The loader loads it once the page is parsed, only on a page with such an iframe.
// Nothing here sets a `src`: the loader's script gate does, once the service is granted.
// When the visitor switches the widget's language, the placeholders are drawn again in it.
import type { ConsentState } from './core/consent-types';
import type { Lang } from './core/policy-types';
import { embedFacts } from './embeds/embed-facts';
import { createPlaceholder } from './embeds/placeholder';
import { detectLang } from './i18n/detect-language';
import { readStoredLang } from './i18n/stored-language';
import { readPolicy } from './loader/read-policy';
import { register } from './loader/register';
import type { KelisimConfig } from './types';

const FRAMES = 'iframe[data-consent][data-src]';

/**
 * Puts a placeholder before every gated iframe not granted yet (and any added later), hiding
 * the iframe; takes it away once the iframe's ids are granted. `set`: the script tag's
 * `Kelisim.set`, which records a decision. Never rejects: a problem goes to the console.
 */
async function start(config: KelisimConfig, state: ConsentState, set: (ids: string[]) => Promise<unknown>): Promise<void> {
  try {
    let policy = await readPolicy(config).catch(() => undefined);
    let lang: Lang = detectLang({ explicit: config.lang, htmlLang: document.documentElement.lang, stored: readStoredLang(), languages: navigator.languages });
    const shown = new Map<HTMLIFrameElement, { box: HTMLElement; display: string; priority: string }>();
    const ids = (frame: HTMLElement) => frame.dataset.consent!.match(/\S+/g) ?? [];
    const missing = (frame: HTMLElement) => ids(frame).find((id) => id !== 'necessary' && !state.has(id));

    const load = async (frame: HTMLIFrameElement) => {
      // Just this embed's ids, on top of what the visitor granted so far.
      const d = state.get();
      await set([...new Set([...(d?.granted ?? []), ...(d?.services ?? []), ...ids(frame).filter((id) => id !== 'necessary')])]);
      frame.focus();
    };
    const update = (redraw = false) => {
      for (const [frame, { box, display, priority }] of shown) {
        if (frame.isConnected && missing(frame) && !redraw) continue;
        shown.delete(frame);
        // The focus would be lost with the box: it moves to the embed.
        const focused = box.contains(document.activeElement);
        const action = (document.activeElement as HTMLElement | null)?.dataset.kelisim ?? 'load';
        box.remove();
        frame.style.setProperty('display', display, priority);
        if (focused && redraw) focusAfter.set(frame, action);
        else if (focused) frame.focus();
      }
      for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
        const id = missing(frame);
        // An empty data-consent never loads; the gate says so in the console.
        if (shown.has(frame) || !id || frame.getAttribute('src') === frame.dataset.src) continue;
        const box = createPlaceholder({
          frame,
          id,
          facts: embedFacts(policy, id, lang),
          lang,
          onLoad: () => void load(frame).catch((error: Error) => console.error(error?.message ?? error)),
        });
        shown.set(frame, { box, display: frame.style.getPropertyValue('display'), priority: frame.style.getPropertyPriority('display') });
        frame.before(box);
        frame.style.setProperty('display', 'none', 'important');
        // Redrawn in another language: the focus stays on the same button of the new box.
        const action = focusAfter.get(frame);
        if (action) box.querySelector<HTMLElement>(`[data-kelisim="${action}"]`)?.focus();
      }
      focusAfter.clear();
    };
    const focusAfter = new Map<HTMLIFrameElement, string>();
    update();
    state.on('change', () => update());
    state.on('language', async ({ lang: next }) => {
      if (next === lang) return;
      // A policy file per language (`{lang}` in its URL): the facts come from the new language's file.
      const url = config.policy;
      if (typeof url === 'string' && url.includes('{lang}')) policy = await readPolicy(config, undefined, next).catch(() => policy);
      lang = next;
      update(true);
    });
    new MutationObserver(() => update()).observe(document.body, { childList: true, subtree: true });
  } catch (error) {
    console.error('Kelisim: the embeds placeholders failed:', error);
  }
}

/** What the embeds' chunk hands to the loader. */
export interface EmbedsChunk {
  start: typeof start;
}

register('embeds', { start } satisfies EmbedsChunk);
