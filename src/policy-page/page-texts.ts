import type { Lang } from '../core/policy-types';
import { createI18n } from '../i18n/create-i18n';
import { createTexts, type Texts } from '../ui/texts';

/** The default order of languages tried for a missing policy text, as in the widget. */
export const PAGE_FALLBACK: readonly Lang[] = ['kk', 'ru', 'en'];

/**
 * The words of one policy page in `lang`: the same i18next instance creator and the same
 * `Texts` as the widget, so a text missing in `lang` falls back the same way and is marked
 * with its own `lang`.
 */
export function createPageTexts(lang: Lang, fallback: readonly Lang[] = PAGE_FALLBACK): Texts {
  return createTexts(createI18n(lang), lang, { bilingual: false, fallback, warned: new Set() });
}
