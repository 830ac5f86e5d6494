/**
 * Hosts of the trackers common on Kazakh sites (those of known-cookies.ts): Yandex Metrica,
 * Google Tag Manager / gtag.js, Google Analytics, Meta Pixel, Top.Mail.Ru.
 */
const TRACKER_HOSTS = ['mc.yandex.ru', 'mc.yandex.com', 'www.googletagmanager.com', 'www.google-analytics.com', 'connect.facebook.net', 'top-fwz1.mail.ru'];

const HINTS = 'link[rel~="preload" i],link[rel~="prefetch" i],link[rel~="modulepreload" i]';

/**
 * Warns in the console about each `<link rel=preload|prefetch|modulepreload>` in `doc` that
 * points at a known tracker host: the browser fetches it before any consent, and no consent
 * tool can stop that. Returns how many were found.
 */
export function warnTrackerPreloads(doc: Document): number {
  let found = 0;
  for (const link of doc.querySelectorAll<HTMLLinkElement>(HINTS)) {
    let host = '';
    try {
      host = new URL(link.href).hostname;
    } catch {
      continue;
    }
    if (!TRACKER_HOSTS.includes(host)) continue;
    found++;
    console.warn(
      `Kelisim: <link rel="${link.rel}" href="${link.href}"> makes the browser contact the tracker ${host} before any consent, ` +
        'and no consent tool can stop it: remove the link (the gated <script type="text/plain" data-consent> tag loads the tracker after consent).',
    );
  }
  return found;
}
