import type { CategoryIdsOf, ServiceIdsOf } from '../core/index';

/**
 * Register your policy's type once, and every hook and `<Consent category>` accepts only its
 * category ids:
 *
 * ```ts
 * declare module 'kelisim/react' {
 *   interface Register { policy: typeof policy }
 * }
 * ```
 */
export interface Register {}

/**
 * The registered policy's optional category ids and service ids (`useConsent('youtube')`: that
 * service granted), or `string` when none is registered.
 */
export type CategoryId = Register extends { policy: infer P } ? CategoryIdsOf<P> | ServiceIdsOf<P> : string;
