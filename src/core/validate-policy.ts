import { checkPolicyFields } from './policy-fields';
import { checkPolicyLinks } from './policy-links';
import { PolicyError } from './policy-error';
import type { Policy, PolicyProblem } from './policy-types';

/**
 * Every problem in a policy at once, each with its JSON path and what to write instead; an empty
 * list when the policy is valid. Never throws, whatever it is given.
 */
export function validatePolicy(input: unknown): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  try {
    if (typeof input === 'string') {
      report('$', 'should be the policy object, not text — if you have the JSON as text, pass JSON.parse(text)');
    } else {
      checkPolicyFields(input, '$', report);
      checkPolicyLinks(input, report);
    }
  } catch {
    // Only values that are not plain JSON get here, e.g. an object whose getter throws.
    report('$', 'could not be read to the end — pass plain JSON data (objects, lists, text, numbers, true/false)');
  }
  return problems;
}

/**
 * The policy, typed, when it is valid; otherwise throws one `PolicyError` that lists every
 * problem, so nothing half-valid is ever returned.
 */
export function parsePolicy(input: unknown): Policy {
  const problems = validatePolicy(input);
  if (problems.length) throw new PolicyError(problems);
  return input as Policy;
}
