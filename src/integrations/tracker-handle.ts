import type { ConsentState } from '../core/consent-types';

/** A running tracker (Yandex Metrica, GA4): page views for single-page apps, and a way to stop. */
export interface TrackerHandle {
  /** Report a page view of `url`, only while the tracker's category is granted. */
  pageView(url: string): void;
  /** Stop following consent changes. */
  stop(): void;
}

/**
 * Starts a tracker under `consent` on the page `win` (its `document` unless `doc` is given),
 * inserting the tracker's script with `nonce` when one is given.
 */
export type StartTracker<Options> = (consent: ConsentState, options: Options, win?: object, doc?: Document, nonce?: string) => TrackerHandle;
