/** A cookie that appeared, changed, or went away. */
export type CookieChange = { kind: 'cookie-set'; name: string; value: string } | { kind: 'cookie-deleted'; name: string };

/** Where the last seen cookies are kept, so the next page load reports what changed in between. */
const SNAPSHOT_KEY = 'kelisim-demo-cookies';

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

/** The cookies the previous look saw, this page or the one before (sessionStorage). */
function loadSnapshot(storage: Storage | undefined, doc: Document): Map<string, string> {
  try {
    const saved = storage?.getItem(SNAPSHOT_KEY);
    if (saved) return new Map(JSON.parse(saved) as [string, string][]);
  } catch {
    // Storage blocked: start from what is there now.
  }
  return readCookies(doc);
}

/**
 * Poll `document.cookie` and report what was written and deleted since the last look; there is
 * no cookie-change event in every browser. The last look is kept in sessionStorage, so changes
 * made while the preview reloads (a reset deletes cookies, then reloads) are reported too.
 */
export function watchCookies(doc: Document, onChange: (change: CookieChange) => void, everyMs = 200): void {
  const storage = (() => {
    try {
      return doc.defaultView?.sessionStorage;
    } catch {
      return undefined;
    }
  })();
  let last = loadSnapshot(storage, doc);
  const check = () => {
    const now = readCookies(doc);
    for (const [name, value] of now) if (last.get(name) !== value) onChange({ kind: 'cookie-set', name, value });
    for (const name of last.keys()) if (!now.has(name)) onChange({ kind: 'cookie-deleted', name });
    last = now;
    try {
      storage?.setItem(SNAPSHOT_KEY, JSON.stringify([...now]));
    } catch {
      // Storage full or blocked: changes across a reload go unreported, nothing else.
    }
  };
  check();
  setInterval(check, everyMs);
}
