import type { Consent } from './consent-types';

/** Options of `createScriptGate`. */
export interface ScriptGateOptions {
  /** The document whose gated elements are watched. @default the global `document` */
  root?: Document;
  /** Nonce for activated scripts whose original element carries none (strict CSP). */
  nonce?: string;
}

/** A running script gate. */
export interface ScriptGate {
  /** Activate every gated element whose categories are all granted now. */
  scan(): void;
  /** Stop watching the document and consent; scripts that ran stay run. */
  stop(): void;
}

const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';

/**
 * Run `<script type="text/plain" data-consent="…">` and load `data-src` iframes and images
 * once every category they name is granted; each element at most once per page.
 */
export function createScriptGate(
  consent: Pick<Consent, 'has' | 'on'>,
  { root = document, nonce }: ScriptGateOptions = {},
): ScriptGate {
  const seen = new WeakSet<Element>();
  const queue: HTMLScriptElement[] = [];
  let waiting = false;

  const granted = (list: string): boolean =>
    list.split(/\s+/).every((id) => !id || id === 'necessary' || consent.has(id));

  // Inserted scripts are async by default, so document order is kept by hand: a classic
  // external script must load (or fail) before the next one is inserted.
  const runQueue = (): void => {
    waiting = false;
    let old: HTMLScriptElement | undefined;
    while (!waiting && (old = queue.shift())) {
      if (!old.isConnected) continue;
      const script = root.createElement('script');
      for (const { name, value } of Array.from(old.attributes)) {
        if (name !== 'type' && name !== 'data-consent') script.setAttribute(name, value);
      }
      if (old.dataset.type) script.type = old.dataset.type;
      // After parsing, browsers hide the nonce attribute's value; the property keeps it.
      script.nonce = old.nonce || nonce || '';
      script.text = old.text;
      // Only JavaScript fires load/error; a template or JSON type would hold the queue forever.
      if (script.src && !script.hasAttribute('async') && /^(module|(text|application)\/javascript)?$/i.test(script.type)) {
        waiting = true;
        script.addEventListener('load', runQueue);
        script.addEventListener('error', runQueue);
      }
      old.replaceWith(script);
    }
  };

  let incomplete = false;
  const scan = (): void => {
    incomplete = false;
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(GATED))) {
      if (seen.has(el)) continue;
      // While the parser is still writing, an inline script may hold half its text: it is
      // complete once something follows it (or the document is parsed). A `src` needs no wait.
      if (root.readyState === 'loading' && !el.nextSibling && el.localName === 'script' && !el.hasAttribute('src')) {
        incomplete = true;
        continue;
      }
      if (!granted(el.dataset.consent ?? '')) continue;
      seen.add(el);
      const src = el.dataset.src;
      if (el.localName === 'script') queue.push(el as HTMLScriptElement);
      else if (src && el.getAttribute('src') !== src) el.setAttribute('src', src);
    }
    if (!waiting) runQueue();
  };

  // Elements run as soon as the parser has passed them, as ungated ones would. A batch of
  // insertions is looked at only when it adds a gated element or one was left incomplete.
  const gatedIn = (node: Node) =>
    node.nodeType === 1 && ((node as Element).matches(GATED) || !!(node as Element).querySelector(GATED));
  const observer = new MutationObserver((records) => {
    if (incomplete || records.some((record) => Array.from(record.addedNodes).some(gatedIn))) scan();
  });
  observer.observe(root, { childList: true, subtree: true });
  root.addEventListener('DOMContentLoaded', scan);
  const unsubscribe = consent.on('change', scan);
  scan();

  return {
    scan,
    stop() {
      observer.disconnect();
      root.removeEventListener('DOMContentLoaded', scan);
      unsubscribe();
      queue.length = 0;
    },
  };
}
