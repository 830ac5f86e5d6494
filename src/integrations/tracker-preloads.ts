/**
 * Hosts of the trackers common on Kazakh sites (those of known-cookies.ts): Yandex Metrica,
 * Google Tag Manager / gtag.js, Google Analytics, Meta Pixel, Top.Mail.Ru.
 */
const TRACKER_HOSTS = ['mc.yandex.ru', 'www.googletagmanager.com', 'www.google-analytics.com', 'connect.facebook.net', 'top-fwz1.mail.ru'];

/** `preload`, `modulepreload`, `prefetch` (and `dns-prefetch`); `rel` matches case-insensitively. */
const HINTS = 'link[rel*=load],link[rel*=fetch]';

/**
 * Warns in the console about each `<link rel=preload|prefetch|modulepreload>` in `doc` that
 * points at a known tracker host: the browser contacts it before any consent, and no consent
 * tool can stop that.
 */
export function warnTrackerPreloads(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>(HINTS)) {
    // "https://host:port/path" → host ("" when there is no href).
    const host = link.href.split(/[/:]/)[3];
    if (!TRACKER_HOSTS.includes(host!)) continue;
    console.warn(`Kelisim: <link rel="${link.rel}" href="${link.href}"> contacts the tracker ${host} before any consent: remove it.`);
  }
}
