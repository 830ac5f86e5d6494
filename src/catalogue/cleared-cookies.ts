/**
 * The catalogue's first-party tracker cookies that the consent clean-up deletes when their
 * category is declined, even if the policy forgot to list them, by catalogue service id. Kept
 * apart from services.ts so the widget bundle carries these names only, not the whole catalogue;
 * a unit test checks that each one is a cookie of its service in the catalogue.
 * Top.Mail.Ru serves both the Mail.ru counter and VK Ads, so its family counts for both categories.
 */
export const CLEARED_COOKIES: readonly { service: string; categories: readonly string[]; cookies: readonly string[] }[] = [
  // A trailing `*` marks a prefix.
  { service: 'google-analytics', categories: ['analytics'], cookies: ['_ga', '_ga_*', '_gid', '_gat*'] },
  { service: 'yandex-metrica', categories: ['analytics'], cookies: ['_ym_*'] },
  { service: 'google-ads', categories: ['marketing'], cookies: ['_gcl_*'] },
  { service: 'meta-pixel', categories: ['marketing'], cookies: ['_fbp', '_fbc'] },
  { service: 'top-mail-ru', categories: ['analytics', 'marketing'], cookies: ['tmr_*'] },
];
