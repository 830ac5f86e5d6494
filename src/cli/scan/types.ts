/** A cookie the browser held at the end of a state. */
export interface SeenCookie {
  name: string;
  domain: string;
  /** Days left to live, rounded up; `session` for a session cookie. */
  lifetime: number | 'session';
  /** True when set on the scanned site's domain (or a parent of it). */
  firstParty: boolean;
}

/** A request to another host than the scanned site's. */
export interface SeenRequest {
  url: string;
  host: string;
  /** `before` a button was pressed, or `after` it. */
  phase: 'before' | 'after';
}

/** What one fresh visitor's browser held and sent in one state. */
export interface StateObservation {
  cookies: SeenCookie[];
  storage: { kind: 'local-storage' | 'session-storage'; key: string }[];
  requests: SeenRequest[];
}

/** The three states a page is scanned in. */
export type ScanState = 'before' | 'necessary' | 'accept';

/** One page, scanned three times. */
export interface PageScan {
  url: string;
  /** Whether Kelisim's buttons were found and pressed. */
  tool: boolean;
  states: Partial<Record<ScanState, StateObservation>>;
}
