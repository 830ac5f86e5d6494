// The postMessage protocol between the preview site and its preview page (same origin).
import type { KelisimConfig } from '../../../src/types';

/** Marks the demo's messages among any others a page may receive. */
export const CHANNEL = 'kelisim-demo';

/** Every kind of signal the preview page reports to the event log. */
export type SignalKind =
  | 'page'
  | 'ready'
  | 'consent'
  | 'change'
  | 'withdraw'
  | 'consent-mode'
  | 'data-layer'
  | 'script'
  | 'cookie-set'
  | 'cookie-deleted'
  | 'receipt'
  | 'error';

/** Preview page → site: something happened, at `at` (ms since the epoch). */
export interface Signal {
  channel: typeof CHANNEL;
  kind: SignalKind;
  detail: unknown;
  at: number;
}

/** What the preview page needs to start the widget. */
export interface PreviewSetup {
  /** Becomes `window.kelisimConfig` before dist/kelisim.js is inserted. */
  config: KelisimConfig;
  /** A custom accent colour for `--kelisim-accent` on the widget's host, if any. */
  accent?: string;
}

/** Site → preview page: start the widget with this setup (sent in answer to the `page` signal). */
export type Command = { channel: typeof CHANNEL; cmd: 'start' } & PreviewSetup;

/** Whether a message is one of the demo's (a signal or a command). */
export function isDemoMessage(data: unknown): data is Signal | Command {
  return typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === CHANNEL;
}
