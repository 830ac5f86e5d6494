import type { Lang } from '../../../src/core/policy-types';
import { text, type StringKey } from './strings';

/**
 * Write the interface texts into the page: `data-i18n` sets the text, `data-i18n-title` and
 * `data-i18n-label` set `title` and `aria-label`; `<html lang>` and the document title follow.
 */
export function applyStrings(root: Document, lang: Lang): void {
  root.documentElement.lang = lang;
  root.title = text(lang, 'title');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = text(lang, el.dataset.i18n as StringKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = text(lang, el.dataset.i18nTitle as StringKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', text(lang, el.dataset.i18nLabel as StringKey));
}
