/** A cookie name, or a name prefix, and the path it is set on. */
export interface CookiePattern {
  /** The cookie's name, or its prefix when `prefix` is true. */
  name: string;
  /** True when `name` is a prefix (`_ga_` matches `_ga_ABC123`). */
  prefix: boolean;
  /** Path the cookie is set on. */
  path: string;
}

const exact = (name: string): CookiePattern => ({ name, prefix: false, path: '/' });
const prefix = (name: string): CookiePattern => ({ name, prefix: true, path: '/' });

/**
 * First-party cookies of trackers common on Kazakh sites, by the category they belong to,
 * cleared when that category is declined even if the policy forgot to list them:
 * analytics — GA4 (`_ga`, `_ga_*`, and Universal Analytics' `_gid`, `_gat*`), Yandex Metrica
 * (`_ym_*`); marketing — Google Ads (`_gcl_*`), Meta Pixel (`_fbp`, `_fbc`).
 * Top.Mail.Ru (`tmr_*`) serves both the Mail.ru counter and VK Ads, so it is listed under both;
 * a policy that declares it under a granted category keeps it (see `cookiesToClear`).
 */
export const KNOWN_COOKIES: Readonly<Record<string, readonly CookiePattern[]>> = {
  analytics: [exact('_ga'), prefix('_ga_'), exact('_gid'), prefix('_gat'), prefix('_ym_'), prefix('tmr_')],
  marketing: [prefix('_gcl_'), exact('_fbp'), exact('_fbc'), prefix('tmr_')],
};

/** Whether a cookie name matches a pattern. */
export function matchesCookie(pattern: Pick<CookiePattern, 'name' | 'prefix'>, name: string): boolean {
  return pattern.prefix ? name.startsWith(pattern.name) : name === pattern.name;
}
