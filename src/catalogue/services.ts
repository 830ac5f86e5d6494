import { ANALYTICS } from './analytics';
import { FUNCTIONAL } from './functional';
import { MARKETING } from './marketing';
import type { CatalogueCookie, CatalogueService } from './types';

export type * from './types';

/**
 * The service catalogue: the third-party services common on Kazakh sites, with the hosts they
 * contact, the cookies and storage keys they set (from each provider's documentation, `source`)
 * and how to gate them. Used by the `kelisim scan` command and, through `cleared-cookies.ts`,
 * by the cookie clean-up.
 */
export const SERVICES: readonly CatalogueService[] = [...ANALYTICS, ...MARKETING, ...FUNCTIONAL];

/** Whether `host` is `domain` or a subdomain of it. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}

/** The catalogue service a request to `host` goes to, if any. */
export function serviceByHost(host: string): CatalogueService | undefined {
  return SERVICES.find((service) => service.hosts.some((domain) => hostMatches(host, domain)));
}

/** Whether a cookie name matches a catalogue cookie (exact or prefix). */
const nameMatches = (cookie: { name: string; prefix?: boolean }, name: string) =>
  cookie.prefix ? name.startsWith(cookie.name) : name === cookie.name;

/**
 * The catalogue service and cookie a cookie named `name` belongs to. A third-party catalogue
 * cookie matches only on its provider's domain; a first-party one only off it.
 */
export function serviceByCookie(name: string, domain = ''): { service: CatalogueService; cookie: CatalogueCookie } | undefined {
  for (const service of SERVICES) {
    for (const cookie of service.cookies) {
      if (!nameMatches(cookie, name)) continue;
      const onProvider = cookie.domain ? hostMatches(domain.replace(/^\./, ''), cookie.domain.replace(/^\./, '')) : true;
      if (onProvider) return { service, cookie };
    }
  }
  return undefined;
}

/** The catalogue service a localStorage / sessionStorage key belongs to, if any. */
export function serviceByStorageKey(key: string): CatalogueService | undefined {
  return SERVICES.find((service) => (service.storage ?? []).some((entry) => nameMatches(entry, key)));
}
