/**
 * The catalogue's first-party tracker cookies that the consent clean-up deletes when their
 * category is declined, even if the policy forgot to list them (a trailing `*` marks a prefix):
 * analytics — Google Analytics 4, Yandex Metrica, Top.Mail.Ru; marketing — Google Ads, Meta
 * Pixel, and Top.Mail.Ru again (it serves both the Mail.ru counter and VK Ads). Kept apart from
 * services.ts so the widget bundle carries these names only, not the whole catalogue; a unit
 * test checks that each is a first-party cookie of a catalogue service in that category.
 */
export const CLEARED_COOKIES: Readonly<Record<string, readonly string[]>> = {
  analytics: ['_ga', '_ga_*', '_gid', '_gat*', '_ym_*', 'tmr_*'],
  marketing: ['_gcl_*', '_fbp', '_fbc', 'tmr_*'],
};
