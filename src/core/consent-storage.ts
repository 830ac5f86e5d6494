import Cookies from 'js-cookie';
import type { ResolvedCookieOptions } from './resolve-consent-config';

/** Reads and writes the raw decision cookie. Never throws, whatever the page did to cookies. */
export interface ConsentStorage {
  /** The raw cookie value, if any (undefined too where `document.cookie` cannot be read). */
  read(): string | undefined;
  /**
   * Store a raw value for the configured lifetime, then read it back: true when it was stored.
   * When it was not (cookies blocked, a `domain` that does not match the host), it warns once
   * in the console with the likely reason.
   */
  write(value: string): boolean;
  /** Delete the cookie (same domain and path it was written with). */
  remove(): void;
}

/**
 * Every enumerable key a page added to `Object.prototype` (old libraries add `extend` and the
 * like), as an own `undefined`. js-cookie copies attributes and writes them with `for…in`, which
 * sees inherited keys too: a function there throws (`.split` of a function), a string becomes
 * a bogus attribute. Passed as the last attributes of a write, these shadow them all, and
 * js-cookie skips falsy attributes.
 */
function shadowInherited(): Record<string, undefined> {
  const shadow: Record<string, undefined> = {};
  for (const key in shadow) shadow[key] = undefined;
  return shadow;
}

/** Whether a cookie with domain attribute `domain` can be set by a page on `host`. */
export const domainMatches = (domain: string, host: string): boolean =>
  ('.' + host).endsWith('.' + domain.replace(/^\./, '').toLowerCase());

/** Said where `document.cookie` cannot even be read. */
export const UNREADABLE =
  'Kelisim: cookies cannot be read here (document.cookie throws): the visitor is asked on every page, and a decision holds on its page only.';

/** Why the cookie just written did not read back, and what to do. */
function notStored(domain: string | undefined): string {
  const host = location.hostname;
  return `Kelisim: ${
    domain && !domainMatches(domain, host)
      ? `cookie domain "${domain}" does not match host "${host}" (set data-cookie-domain to "${host}" or a parent domain)`
      : 'cookies are blocked for this site'
  }, so the decision holds on this page only.`;
}

/**
 * A storage over its own js-cookie instance: the library defaults and the host's `window.Cookies`
 * stay untouched. Warns in the console at most once per storage.
 */
export function createConsentStorage(opts: ResolvedCookieOptions): ConsentStorage {
  const jar = Cookies.withAttributes({
    path: opts.path,
    domain: opts.domain,
    sameSite: 'Lax',
    secure: opts.secure,
    expires: opts.days,
  });
  let warned = false;
  const warn = (message: string) => {
    if (!warned) console.warn(message);
    warned = true;
  };
  const read = () => {
    try {
      return jar.get(opts.name);
    } catch {
      warn(UNREADABLE);
      return undefined;
    }
  };
  const set = (value: string, extra?: { expires: number }) => {
    try {
      jar.set(opts.name, value, { ...shadowInherited(), ...extra });
    } catch {
      // A setter that throws stores nothing: reading back tells.
    }
  };
  return {
    read,
    write(value) {
      set(value);
      if (read() === value) return true;
      // Server-side there is no cookie to store, and nothing to tell.
      if (typeof document !== 'undefined') warn(notStored(opts.domain));
      return false;
    },
    // Not js-cookie's remove(): it adds `expires` in an object of its own, with inherited keys.
    remove: () => set('', { expires: -1 }),
  };
}
