import type { Consent } from './consent-types';
import { trustedTypes } from './trusted-types';

/** Options of `createScriptGate`. */
export interface ScriptGateOptions {
  /** The document, or open shadow root, whose gated elements are watched. @default the global `document` */
  root?: Document | ShadowRoot;
  /** Nonce for activated scripts whose original element carries none (strict CSP). */
  nonce?: string;
}

/** A running script gate. */
export interface ScriptGate {
  /** Activate every gated element whose categories are all granted now. */
  scan(): void;
  /** Stop watching the root and consent; scripts that ran stay run. */
  stop(): void;
}

type GateConsent = Pick<Consent, 'has' | 'on'>;

const GATED = 'script[type="text/plain"][data-consent],iframe[data-consent][data-src],img[data-consent][data-src]';

/** The running gate of each root, with the consent it follows: two gates on one root would break document order. */
const running = new WeakMap<Node, [GateConsent, ScriptGate]>();

/**
 * Run `<script type="text/plain" data-consent="…">` and load `data-src` iframes and images
 * once every category they name is granted; each element at most once per page. One gate per
 * root and consent: while it runs, calling this again for them returns it.
 */
export function createScriptGate(consent: GateConsent, { root = document, nonce }: ScriptGateOptions = {}): ScriptGate {
  const [owner, existing] = running.get(root) ?? [];
  if (owner === consent) return existing!;
  // A shadow root has no createElement, readyState or DOMContentLoaded: its document has.
  const doc = root.ownerDocument ?? (root as Document);
  const seen = new WeakSet<Element>();
  const queue: HTMLScriptElement[] = [];
  let waiting = false;

  // Undefined when the element names no category: such an element never runs.
  const allowed = (el: HTMLElement) =>
    el.dataset.consent!.match(/\S+/g)?.every((id) => id === 'necessary' || consent.has(id));

  // Inserted scripts are async by default, so document order is kept by hand: a classic
  // external script must load (or fail) before the next one is inserted.
  const runQueue = (): void => {
    waiting = false;
    let old: HTMLScriptElement | undefined;
    while (!waiting && (old = queue.shift())) {
      // Consent may have been withdrawn while an earlier script loaded: what is no longer
      // granted is dropped, and becomes eligible again if it is granted again.
      if (!old.isConnected || !allowed(old)) {
        seen.delete(old);
        continue;
      }
      // Under Trusted Types (`require-trusted-types-for 'script'`) the page's own text and `src`
      // pass through the `kelisim` policy. (A clone would need none, but a script parsed by
      // `innerHTML` is marked as already started, and its clone would never run.)
      const tt = trustedTypes();
      const script = doc.createElement('script');
      for (const { name, value } of old.attributes) {
        if (name !== 'type' && name !== 'data-consent') script.setAttribute(name, name === 'src' ? tt.createScriptURL(value) : value);
      }
      if (old.dataset.type) script.type = old.dataset.type;
      // After parsing, browsers hide the nonce attribute's value; the property keeps it.
      script.nonce = old.nonce || nonce || '';
      script.text = tt.createScript(old.text);
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
    for (const el of root.querySelectorAll<HTMLElement>(GATED)) {
      if (seen.has(el)) continue;
      // While the parser is still writing, an inline script may hold half its text: it is
      // complete once something follows it (or the document is parsed). A `src` needs no wait.
      if (doc.readyState === 'loading' && !el.nextSibling && el.localName === 'script' && !el.hasAttribute('src')) {
        incomplete = true;
        continue;
      }
      const ok = allowed(el);
      if (ok === false) continue;
      seen.add(el);
      const src = el.dataset.src;
      if (!ok) console.error(`Kelisim: an empty data-consent never runs; name its categories, e.g. data-consent="analytics": ${el.outerHTML.slice(0, 120)}`);
      else if (el.localName === 'script') queue.push(el as HTMLScriptElement);
      else if (src && el.getAttribute('src') !== src) el.setAttribute('src', src);
    }
    if (!waiting) runQueue();
  };

  // Elements run as soon as the parser has passed them, as ungated ones would. A batch of
  // insertions is looked at only when it adds a gated element or one was left incomplete.
  const gatedIn = (node: Node) =>
    node.nodeType === 1 && ((node as Element).matches(GATED) || (node as Element).querySelector(GATED));
  const observer = new MutationObserver((records) => {
    if (incomplete || records.some((record) => [...record.addedNodes].some(gatedIn))) scan();
  });
  observer.observe(root, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', scan);
  const unsubscribe = consent.on('change', scan);
  const gate: ScriptGate = {
    scan,
    stop() {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', scan);
      unsubscribe();
      queue.length = 0;
      running.delete(root);
    },
  };
  running.set(root, [consent, gate]);
  scan();
  return gate;
}
