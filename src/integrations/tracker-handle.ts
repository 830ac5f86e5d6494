/** A running tracker (Yandex Metrica, GA4): page views for single-page apps, and a way to stop. */
export interface TrackerHandle {
  /** Report a page view of `url`, only while the tracker's category is granted. */
  pageView(url: string): void;
  /** Stop following consent changes. */
  stop(): void;
}
