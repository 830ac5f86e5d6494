/** A cookie that appeared, changed, or went away. */
export type CookieChange = { kind: 'cookie-set'; name: string; value: string } | { kind: 'cookie-deleted'; name: string };

/** `document.cookie` as a map of name → value. */
function readCookies(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of doc.cookie.split(';')) {
    const at = pair.indexOf('=');
    const name = (at < 0 ? pair : pair.slice(0, at)).trim();
    if (name) map.set(name, at < 0 ? '' : pair.slice(at + 1).trim());
  }
  return map;
}

/**
 * Poll `document.cookie` and report what was written and deleted since the last look
 * (there is no cookie-change event in every browser; the page's own CookieStore would miss
 * nothing but is not everywhere). Checks once more when the page goes away.
 */
export function watchCookies(doc: Document, onChange: (change: CookieChange) => void, everyMs = 200): void {
  let last = readCookies(doc);
  const check = () => {
    const now = readCookies(doc);
    for (const [name, value] of now) if (last.get(name) !== value) onChange({ kind: 'cookie-set', name, value });
    for (const name of last.keys()) if (!now.has(name)) onChange({ kind: 'cookie-deleted', name });
    last = now;
  };
  setInterval(check, everyMs);
  doc.defaultView?.addEventListener('pagehide', check);
}
