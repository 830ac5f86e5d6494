import type { i18n } from 'i18next';
// i18next before the locales, so bundles keep them in the order that compresses best.
import { createI18nWith } from './i18n-instance';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import type { Lang } from '../core/policy-types';

/**
 * A new i18next instance with Kelisim's three locales, ready synchronously.
 * Never the global i18next: a host page's own i18next (or `window.i18next`) is left untouched.
 */
export function createI18n(lang: Lang): i18n {
  return createI18nWith(lang, { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } });
}
