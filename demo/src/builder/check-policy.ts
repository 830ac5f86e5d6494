import type { Policy, PolicyProblem } from '../../../src/core/policy-types';
import { validatePolicy } from '../../../src/core/validate-policy';

/** What the draft is: a valid policy (maybe with warnings), JSON with errors, or not JSON at all. */
export type PolicyCheck =
  | { kind: 'valid'; policy: Policy; problems: PolicyProblem[] }
  | { kind: 'problems'; problems: PolicyProblem[] }
  | { kind: 'syntax'; line: number; column: number; detail: string };

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Parse the JSON view's text and validate it as a policy, warnings included. */
export function checkPolicy(text: string): PolicyCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    // V8 names the offset ("… at position 12"); newer versions add "(line 2 column 3)" themselves.
    const position = /position (\d+)/.exec(detail);
    const at = lineAndColumn(text, position ? Number(position[1]) : text.length);
    return { kind: 'syntax', ...at, detail: detail.replace(/\s*\(line \d+ column \d+\)/, '') };
  }
  const problems = validatePolicy(input, { warnings: true });
  return problems.some((p) => p.level === 'error') ? { kind: 'problems', problems } : { kind: 'valid', policy: input as Policy, problems };
}
