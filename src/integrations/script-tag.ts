import { trustedTypes } from '../core/trusted-types';

/** Insert an async `<script src>` once per page (a tag already on the page is reused). */
export function insertScript(doc: Document, src: string, nonce?: string): HTMLScriptElement {
  const absolute = new URL(src, doc.baseURI).href;
  const existing = Array.from(doc.scripts).find((script) => script.src === absolute);
  if (existing) return existing;
  const script = doc.createElement('script');
  script.async = true;
  // Under Trusted Types (`require-trusted-types-for 'script'`) a plain string is refused here.
  script.src = trustedTypes().createScriptURL(src);
  // Under a strict CSP the nonce is what lets the tracker run at all.
  if (nonce) script.nonce = nonce;
  (doc.head ?? doc.documentElement).appendChild(script);
  return script;
}
