import type { Localized } from '../../../src/core/policy-types';

/** A new, empty kk/ru/en text: what the form writes for a text the owner is about to fill in. */
export const emptyTexts = (): Localized => ({ kk: '', ru: '', en: '' });
