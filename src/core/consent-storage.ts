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

/** Where the storage reports; `console` unless told otherwise. */
export interface StorageEnv {
  warn(message: string): void;
  /** The page's host name, for the domain check. */
  host?: string;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Every enumerable key a page added to `Object.prototype` (old libraries add `extend` and the
 * like), as an own `undefined`. js-cookie copies attributes and writes them with `for…in`, which
 * sees inherited keys too: a function there throws (`.split` of a function), a string becomes
 * a bogus attribute. Passed as the last attributes of a write, these shadow them all, and
 * js-cookie skips falsy attributes.
 */
function shadowInherited(): Record<string, undefined> {
  const shadow: Record<string, undefined> = {};
  for (const key in shadow) if (!hasOwn(shadow, key)) shadow[key] = undefined;
  return shadow;
}

/** Whether a cookie with domain attribute `domain` can be set by a page on `host`. */
export function domainMatches(domain: string, host: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith('.' + d);
}

/** Why the cookie just written did not read back, and what to do. */
function notStoredMessage({ domain }: ResolvedCookieOptions, host: string | undefined): string {
  const cause =
    domain && host !== undefined && !domainMatches(domain, host)
      ? `its domain attribute "${domain}" does not match this host "${host}": set data-cookie-domain (cookie.domain) to "${host}" or one of its parent domains, or leave it out`
      : 'the browser blocks cookies for this site (its settings, an extension or a sandboxed frame)';
  return `Kelisim: the decision cookie could not be stored: ${cause}. The decision holds on this page only; the visitor is asked again on the next page.`;
}

/** What the page is told when `document.cookie` cannot even be read. */
export const UNREADABLE =
  'Kelisim: cookies cannot be read on this page (document.cookie throws, e.g. in a sandboxed frame), so no decision can be stored: ' +
  'the visitor is asked on every page, and a decision holds on the page where it was made.';

/**
 * A storage over its own js-cookie instance: the library defaults and the host's `window.Cookies`
 * stay untouched. Warns at most once per storage.
 */
export function createConsentStorage(
  opts: ResolvedCookieOptions,
  env: StorageEnv = {
    warn: (message) => console.warn(message),
    host: typeof location === 'undefined' ? undefined : location.hostname,
  },
): ConsentStorage {
  const jar = Cookies.withAttributes({
    path: opts.path,
    domain: opts.domain,
    sameSite: 'Lax',
    secure: opts.secure,
    expires: opts.days,
  });
  let warned = false;
  const warn = (message: string) => {
    if (!warned) env.warn(message);
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
      warn(notStoredMessage(opts, env.host));
      return false;
    },
    // Not js-cookie's remove(): it adds `expires` in an object of its own, with inherited keys.
    remove: () => set('', { expires: -1 }),
  };
}
