// What a policy check reports: validatePolicy's problems, the guard's and the CLI's.

/** How much a problem matters: an `error` keeps the policy from being shown; a `warning` does not. */
export type ProblemLevel = 'error' | 'warning';

/** One problem in a policy: where it is (JSON path) and what to write instead. */
export interface PolicyProblem {
  /** JSON path, e.g. `$.categories[1].services[0].country`. */
  path: string;
  /** What is wrong and what to write instead, in English (the en locale's `problems.<code>`). */
  message: string;
  /** `error` or `warning`. */
  level: ProblemLevel;
  /** The message's key under `problems` in `locales/*.json`, e.g. `country-unknown`. */
  code: string;
  /** The values the message names (`{{value}}` …), for showing it in another language. */
  params: Record<string, string>;
}
