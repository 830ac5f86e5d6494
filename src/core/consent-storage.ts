import Cookies from 'js-cookie';
import type { ResolvedCookieOptions } from './resolve-consent-config';

/** Reads and writes the raw decision cookie. */
export interface ConsentStorage {
  /** The raw cookie value, if any. */
  read(): string | undefined;
  /** Store a raw value for the configured lifetime. */
  write(value: string): void;
  /** Delete the cookie (same domain and path it was written with). */
  remove(): void;
}

/** A storage over its own js-cookie instance: the library defaults and the host's `window.Cookies` stay untouched. */
export function createConsentStorage(opts: ResolvedCookieOptions): ConsentStorage {
  const jar = Cookies.withAttributes({
    path: opts.path,
    domain: opts.domain,
    sameSite: 'Lax',
    secure: opts.secure,
    expires: opts.days,
  });
  return {
    read: () => jar.get(opts.name),
    write: (value) => void jar.set(opts.name, value),
    remove: () => jar.remove(opts.name),
  };
}
