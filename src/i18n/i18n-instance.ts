import { createInstance, type i18n, type Resource } from 'i18next';
import type { Lang } from '../core/policy-types';

/**
 * A new i18next instance for `lang` over `resources` (each language's locale as its
 * `translation` namespace), ready synchronously; more languages join with `addResourceBundle`.
 * Never the global i18next: a host page's own i18next (or `window.i18next`) is left untouched.
 */
export function createI18nWith(lang: Lang, resources: Resource): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'kk',
    resources,
    // Resources are in memory, so init can finish before this function returns.
    initAsync: false,
    // Strings end up as JSX text, which Preact escapes; escaping here too would show `&amp;`.
    interpolation: { escapeValue: false },
  });
  return instance;
}
