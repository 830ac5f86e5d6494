import type { Consent, ConsentDecision } from './consent-types';
import type { Policy } from './policy-types';
import { parsePolicy, type ParseOptions } from './validate-policy';

declare const policyIds: unique symbol;

/** Every array readonly and every field readonly, all the way down: what `as const` produces. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A policy written in TypeScript (`as const` or not): the shape of `Policy`, readonly allowed. */
export type PolicyInput = DeepReadonly<Policy>;

/**
 * The optional category ids of a policy type: of a `DefinedPolicy`, or of a policy object type
 * whose ids are literals (`string` otherwise).
 */
export type CategoryIdsOf<P> = P extends { readonly [policyIds]: { categories: infer C extends string } }
  ? C
  : P extends { readonly categories: readonly (infer C)[] }
  ? C extends { readonly id: infer I extends string }
    ? Exclude<I, 'necessary'>
    : never
  : string;

/** The service ids of a policy type, across its categories (`string` when they are not literals). */
export type ServiceIdsOf<P> = P extends { readonly [policyIds]: { services: infer S extends string } }
  ? S
  : P extends { readonly categories: readonly (infer C)[] }
  ? C extends { readonly services?: readonly (infer S)[] }
    ? S extends { readonly id: infer I extends string }
      ? I
      : never
    : never
  : string;

/**
 * A validated policy that knows its ids: `createConsent`, the React and Vue bindings accept only
 * these category ids for it. `C`: the optional category ids, `S`: the service ids.
 */
export type DefinedPolicy<C extends string = string, S extends string = string> = Policy & {
  /** Type-only (no such property at run time): the ids of this policy. */
  readonly [policyIds]: { categories: C; services: S };
};

/**
 * A consent instance whose `has`, `set` and `categories` know the policy's category ids (`C`) and
 * service ids (`S`).
 */
export interface TypedConsent<C extends string = string, S extends string = never> extends Omit<Consent, 'categories' | 'has' | 'set'> {
  /** The optional category ids. */
  readonly categories: readonly C[];
  /** Whether a category (every service of it) or a single service is granted now (`necessary` always is). */
  has(id: C | S | 'necessary'): boolean;
  /** Grant exactly the chosen optional categories and services: their ids, or a map of id → granted. */
  set(choices: readonly (C | S | 'necessary')[] | Partial<Record<C | S | 'necessary', boolean>>): ConsentDecision;
}

/**
 * A policy written in TypeScript, validated like `parsePolicy` (throws one `PolicyError` listing
 * every error) and typed with its own category and service ids, so a typo in
 * `consent.has('analitycs')`, `useConsent('analitycs')` or `<Consent category="…">` does not
 * compile. Write it `as const` (or inline: the ids are inferred either way). A policy read from
 * JSON has no literal ids: give it to `parsePolicy`, whose ids are plain strings.
 */
export function definePolicy<const P extends PolicyInput>(
  policy: P,
  options?: ParseOptions,
): DefinedPolicy<CategoryIdsOf<P>, ServiceIdsOf<P>> {
  return parsePolicy(policy, options) as DefinedPolicy<CategoryIdsOf<P>, ServiceIdsOf<P>>;
}
