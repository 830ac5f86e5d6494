/**
 * A cookie's value as js-cookie wrote it (percent-escapes decoded), read straight from
 * `document.cookie`: the loader only reads, so it leaves js-cookie to the bundle that writes.
 * Never throws: where `document.cookie` throws (a sandboxed frame) there is no decision, the
 * visitor is asked, and the UI bundle's storage tells the console why.
 */
export function readCookie(name: string): string | undefined {
  try {
    for (const pair of document.cookie.split('; ')) {
      const at = pair.indexOf('=');
      if (pair.slice(0, at) === name) return pair.slice(at + 1).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    }
  } catch {
    // Unreadable cookies, or a malformed escape: no decision.
  }
  return undefined;
}
