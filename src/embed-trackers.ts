// The trackers' bundle of the script tag (dist/kelisim-trackers.js): Yandex Metrica and GA4 with
// their page views, imported by the loader only on sites that configure one of them.
export { startTrackers } from './integrations/start-integrations';
