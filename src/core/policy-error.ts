import type { PolicyProblem } from './policy-types';

/** Thrown by `parsePolicy` when a policy has problems; lists every one of them. */
export class PolicyError extends Error {
  /** Every problem found, each with its JSON path and what to write instead. */
  readonly problems: PolicyProblem[];

  constructor(problems: PolicyProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((problem) => `- ${problem.path}: ${problem.message}`);
    super(`Kelisim: the policy has ${count}:\n${lines.join('\n')}`);
    this.name = 'PolicyError';
    this.problems = problems;
  }
}

/** The console text for a policy's warnings: one line each, with the path, under one heading. */
export function warningsText(warnings: readonly PolicyProblem[]): string {
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  const lines = warnings.map((problem) => `- ${problem.path}: ${problem.message}`);
  return `Kelisim: the policy has ${count} (it is shown all the same; fix them when you can):\n${lines.join('\n')}`;
}
