import type { Policy } from '../core/policy-types';
import { cookieDomains } from './cookie-domains';
import { KNOWN_COOKIES, matchesCookie, type CookiePattern } from './known-cookies';

/**
 * Whether a cookie the policy says is set on `domain` can be seen and deleted from a page on
 * `hostname`: one without a domain (the site's own), or on the host or a parent of it. A
 * third-party cookie (`.doubleclick.net`, `.yandex.ru`) lives on the provider's domain, which no
 * page of the site can delete; trying would be pointless.
 */
export function isReachable(domain: string | undefined, hostname = ''): boolean {
  if (domain === undefined) return true;
  const bare = domain.toLowerCase().replace(/^\./, '');
  const host = hostname.toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
}

/** The cookies a policy declares in the categories chosen by `pick` that a page on `hostname` can reach, as patterns. */
function declaredCookies(policy: Policy | undefined, pick: (category: string) => boolean, hostname?: string): CookiePattern[] {
  return (policy?.categories ?? [])
    .filter((category) => pick(category.id))
    .flatMap((category) => category.services.flatMap((service) => service.cookies))
    .filter((cookie) => isReachable(cookie.domain, hostname))
    .map((cookie) => ({ name: cookie.name, prefix: cookie.prefix ?? false, path: cookie.path ?? '/' }));
}

/** Whether two patterns can match the same cookie name. */
function overlaps(a: CookiePattern, b: CookiePattern): boolean {
  return matchesCookie(a, b.name) || matchesCookie(b, a.name);
}

/**
 * The cookies to delete when `declined` categories are declined: those the policy's services
 * in these categories declare, plus the built-in tracker lists for these categories — except a
 * built-in pattern that overlaps a cookie the policy declares under a category still allowed.
 * Cookies declared on a domain a page on `hostname` cannot reach (third-party ones) are left out.
 */
export function cookiesToClear(policy: Policy | undefined, declined: readonly string[], hostname?: string): CookiePattern[] {
  const isDeclined = (id: string) => declined.includes(id);
  const kept = declaredCookies(policy, (id) => !isDeclined(id), hostname);
  const builtIn = declined
    .flatMap((id) => KNOWN_COOKIES[id] ?? [])
    .filter((pattern) => !kept.some((keep) => overlaps(pattern, keep)));
  const all = [...declaredCookies(policy, isDeclined, hostname), ...builtIn];
  return all.filter(
    (p, i) => all.findIndex((q) => q.name === p.name && q.prefix === p.prefix && q.path === p.path) === i,
  );
}

/**
 * Delete every cookie in `document.cookie` that matches a pattern: host-only, and on the host
 * and each parent domain down to the registrable one, with and without a leading dot, on each
 * path its patterns declare. Returns the names deleted. Third-party cookies (on yandex.ru,
 * google.com, …) are out of any site's reach.
 */
export function clearCookies(
  patterns: readonly CookiePattern[],
  doc: Document = globalThis.document,
  hostname: string = doc.location?.hostname ?? '',
): string[] {
  const domains = cookieDomains(hostname).flatMap((domain) => [`; domain=${domain}`, `; domain=.${domain}`]);
  let names: string[];
  try {
    names = doc.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean);
  } catch {
    // document.cookie throws (a sandboxed frame): no cookie can be seen, none to delete.
    return [];
  }
  const cleared: string[] = [];
  for (const name of new Set(names)) {
    const paths = new Set(patterns.filter((p) => matchesCookie(p, name)).map((p) => p.path));
    for (const path of paths) {
      // A cookie is removed only by a write with the very domain and path it was set with.
      for (const domain of ['', ...domains]) {
        doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`;
      }
    }
    if (paths.size) cleared.push(name);
  }
  return cleared;
}
