import type { Lang } from '../core/policy-types';

/** The localStorage key that keeps the language the visitor picked in the switcher. */
export const STORED_LANG_KEY = 'kelisim.lang';

/** The language the visitor picked earlier, or null (storage may be blocked or absent). */
export function readStoredLang(): string | null {
  try {
    return localStorage.getItem(STORED_LANG_KEY);
  } catch {
    return null;
  }
}

/** Remember the visitor's pick for their next visit; silently skipped when storage is blocked. */
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORED_LANG_KEY, lang);
  } catch {
    // Private modes and sandboxed iframes throw on access; the choice then lasts this page only.
  }
}
