// Typed categories: a definePolicy policy makes createConsent's has() and set() accept only its
// own category ids. `npm run typecheck` compiles this file; every `@ts-expect-error` line must fail
// (an unused directive is itself an error). The JSON path (parsePolicy) stays plain strings.
import { createConsent } from '../../src/core/create-consent';
import { dataConsent } from '../../src/core/data-consent';
import type { CategoryIdsOf, ServiceIdsOf } from '../../src/core/define-policy';
import { parsePolicy } from '../../src/core/validate-policy';
import raw from '../fixtures/policy.json';
import { policy } from '../fixtures/typed-policy';

const consent = createConsent({ policy });
consent.has('analytics');
consent.has('necessary');
consent.set(['marketing']);
consent.set({ analytics: true, marketing: false });
export const ids: readonly ('analytics' | 'marketing')[] = consent.categories;
export const categories: 'analytics' | 'marketing' = '' as CategoryIdsOf<typeof policy>;
export const services: 'site' | 'yandex-metrica' | 'vk-ads' = '' as ServiceIdsOf<typeof policy>;
consent.on('withdraw', ({ revoked }) => revoked.join());
// Service ids too (consent per service): one service granted, or set on its own.
consent.has('yandex-metrica');
consent.set(['vk-ads']);
consent.set({ 'yandex-metrica': true });

// @ts-expect-error a typo in a category id
consent.has('analitycs');
// @ts-expect-error a typo in a service id
consent.has('yandex-metrika');
// @ts-expect-error not a category of this policy
consent.set(['functional']);
// @ts-expect-error not a category of this policy
consent.set({ advertising: true });

// The JSON path: ids are strings, anything compiles (the run-time check throws for unknown ids).
const untyped = createConsent({ policy: parsePolicy(raw) });
untyped.has('anything');
untyped.set(['analytics']);

// data-consent values for markup written in code: the policy's ids only.
export const gatedScript: string = dataConsent(policy, 'analytics');
export const gatedEmbed: string = dataConsent(policy, 'yandex-metrica', 'marketing');
// @ts-expect-error not a category or service of this policy
dataConsent(policy, 'youtube');
// @ts-expect-error at least one id
dataConsent(policy);
