import type { CategoryIdsOf, ServiceIdsOf } from './define-policy';
import type { Policy } from './policy-types';

/** A category or service id of `P` (`string` for a policy without literal ids, e.g. parsed JSON). */
type PolicyId<P> = CategoryIdsOf<P> | ServiceIdsOf<P> | 'necessary';

/**
 * The value of a `data-consent` attribute for `ids` (categories or services of `policy`), for
 * markup written in code: `<script type="text/plain" data-consent={dataConsent(policy,
 * 'analytics')} src=…>` or `<iframe data-consent={dataConsent(policy, 'youtube')} data-src=…>`.
 * With a `definePolicy` policy a typo does not compile; for any policy an id the policy does not
 * have throws (an attribute naming an unknown id would never let the element run).
 */
export function dataConsent<P extends Policy>(policy: P, ...ids: [PolicyId<P>, ...PolicyId<P>[]]): string {
  const known = new Set(policy.categories.flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]));
  const unknown = ids.filter((id) => !known.has(id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new Error(`Kelisim: dataConsent() needs ids of the policy's categories or services; not: ${unknown.join(', ') || '(none given)'}. Known: ${[...known].join(', ')}.`);
  }
  return ids.join(' ');
}
