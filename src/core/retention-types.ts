// The policy format's amounts of time: cookie lifetimes and how long data are kept.
import type { Localized } from './policy-types';

/** A unit of time for lifetimes and retention periods. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** An amount of time, e.g. `{ amount: 2, unit: 'year' }`. */
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

/**
 * A period counted, optionally, from an event: `{ amount: 1, unit: 'year', after: { kk: 'мүшелік
 * тоқтатылғаннан', ru: 'прекращения членства', en: 'membership ends' } }` (the event as it follows
 * «кейін» / «после» / "after"). With `upTo: true` it is a ceiling: "up to 5 years after …".
 */
export interface RetentionPeriod {
  /** How many units, a whole number above 0. */
  amount: number;
  unit: TimeUnit;
  /** The event the period is counted from. */
  after?: Localized;
  /** True when the data may be kept for less: the period is the longest. @default false */
  upTo?: boolean;
}

/** Retention as a rule in words, with an optional ceiling (`max`) that it never exceeds. */
export interface RetentionRule {
  /** The rule, e.g. "as long as needed for the purpose". */
  rule: Localized;
  /** The longest time the rule allows, e.g. 5 years after the last interaction. */
  max?: RetentionLimit;
}

/** The longest time a retention rule allows: `{ amount: 5, unit: 'year', after: { … } }`. */
export interface RetentionLimit {
  /** How many units, a whole number above 0. */
  amount: number;
  unit: TimeUnit;
  /** The event the time is counted from. */
  after?: Localized;
}

/** How long data are kept: a period (maybe a ceiling), or a rule in words (maybe with a ceiling). */
export type Retention = RetentionPeriod | RetentionRule;
