/**
 * A cookie's value as js-cookie wrote it (percent-escapes decoded), read straight from
 * `document.cookie`: the loader only reads, so it leaves js-cookie to the bundle that writes.
 */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) !== name) continue;
    try {
      return pair.slice(at + 1).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
