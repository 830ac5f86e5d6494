import { CLEARED_COOKIES } from '../catalogue/cleared-cookies';

/** A cookie name, or a name prefix, and the path it is set on. */
export interface CookiePattern {
  /** The cookie's name, or its prefix when `prefix` is true. */
  name: string;
  /** True when `name` is a prefix (`_ga_` matches `_ga_ABC123`). */
  prefix: boolean;
  /** Path the cookie is set on. */
  path: string;
}

/** `_ga_*` → a prefix pattern `_ga_`; `_fbp` → an exact one. */
const pattern = (name: string): CookiePattern => ({ name: name.replace('*', ''), prefix: name.endsWith('*'), path: '/' });

/**
 * First-party cookies of trackers common on Kazakh sites, by the category they belong to,
 * cleared when that category is declined even if the policy forgot to list them (from the
 * service catalogue, `src/catalogue/cleared-cookies.ts`):
 * analytics — GA4 (`_ga`, `_ga_*`, and Universal Analytics' `_gid`, `_gat*`), Yandex Metrica
 * (`_ym_*`); marketing — Google Ads (`_gcl_*`), Meta Pixel (`_fbp`, `_fbc`).
 * Top.Mail.Ru (`tmr_*`) serves both the Mail.ru counter and VK Ads, so it is listed under both;
 * a policy that declares it under a granted category keeps it (see `cookiesToClear`).
 */
export const KNOWN_COOKIES: Readonly<Record<string, readonly CookiePattern[]>> = /* @__PURE__ */ Object.fromEntries(
  Object.entries(CLEARED_COOKIES).map(([category, names]) => [category, names.map(pattern)]),
);

/** Whether a cookie name matches a pattern. */
export function matchesCookie(pattern: Pick<CookiePattern, 'name' | 'prefix'>, name: string): boolean {
  return pattern.prefix ? name.startsWith(pattern.name) : name === pattern.name;
}
