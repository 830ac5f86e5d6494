import { createInstance, type i18n } from 'i18next';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import type { Lang } from '../core/policy-types';

/**
 * A new i18next instance with Kelisim's three locales, ready synchronously.
 * Never the global i18next: a host page's own i18next (or `window.i18next`) is left untouched.
 */
export function createI18n(lang: Lang): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'kk',
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    // Resources are bundled, so init can finish before this function returns.
    initAsync: false,
    // Strings end up as JSX text, which Preact escapes; escaping here too would show `&amp;`.
    interpolation: { escapeValue: false },
  });
  return instance;
}
