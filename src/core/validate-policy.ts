import type { Report } from './field-checks';
import { PolicyError } from './policy-error';
import { checkPolicyFields } from './policy-fields';
import { checkPolicyLinks } from './policy-links';
import type { Policy, PolicyProblem } from './policy-types';
import { checkPolicyWarnings } from './policy-warnings';
import { problemMessage } from './problem-message';

/** Options of `validatePolicy` and `parsePolicy`. */
export interface ValidateOptions {
  /**
   * Also list warnings: problems that do not keep the policy from being shown but show wrong
   * (a data category no purpose uses, a Kazakh text that is the Russian one, …). @default false
   */
  warnings?: boolean;
}

/**
 * Every error in a policy at once (with `{ warnings: true }`, every warning after them), each
 * with its JSON path, its `level`, its message `code` and `params`, and an English `message`
 * that says what to write instead; an empty list when the policy is valid (and, with warnings,
 * has none). Never throws, whatever it is given.
 */
export function validatePolicy(input: unknown, options: ValidateOptions = {}): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const report: Report = (path, code, params = {}, level = 'error') => {
    problems.push({ path, message: problemMessage(code, params), level, code, params });
  };
  try {
    if (typeof input === 'string') {
      report('$', 'policy-is-text');
    } else {
      checkPolicyFields(input, '$', report);
      checkPolicyLinks(input, report);
      if (options.warnings) checkPolicyWarnings(input, report);
    }
  } catch {
    // Only values that are not plain JSON get here, e.g. an object whose getter throws.
    report('$', 'unreadable');
  }
  // Errors first: they are what keeps the policy from being shown.
  return problems.filter((p) => p.level === 'error').concat(options.warnings ? problems.filter((p) => p.level === 'warning') : []);
}

/** Options of `parsePolicy`. */
export interface ParseOptions {
  /** Called with the policy's warnings, when it has some (it is valid all the same). */
  onWarnings?: (warnings: PolicyProblem[]) => void;
}

/**
 * The policy, typed, when it has no errors (warnings, if any, go to `onWarnings`); otherwise
 * throws one `PolicyError` that lists every error, so nothing half-valid is ever returned.
 */
export function parsePolicy(input: unknown, options: ParseOptions = {}): Policy {
  const problems = validatePolicy(input, { warnings: !!options.onWarnings });
  const errors = problems.filter((problem) => problem.level === 'error');
  if (errors.length) throw new PolicyError(errors);
  if (problems.length) options.onWarnings?.(problems);
  return input as Policy;
}
