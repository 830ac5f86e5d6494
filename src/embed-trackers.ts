// The trackers' chunk of the script tag (dist/kelisim-trackers.js, a classic script): Yandex
// Metrica and GA4 with their page views, loaded by the loader only on sites that configure one.
import { startTrackers } from './integrations/start-integrations';
import { register } from './loader/register';

/** What the trackers' chunk hands to the loader. */
export interface TrackersChunk {
  startTrackers: typeof startTrackers;
}

register('trackers', { startTrackers } satisfies TrackersChunk);
