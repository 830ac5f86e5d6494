// The script tag's dialog chunk (dist/kelisim-ui.js, a classic script that hands its parts to
// the loader's hook): the preferences dialog, i18next, and the cookie clean-up. The banner chunk
// loads it once the page is idle after the banner shows, or when the visitor opens the settings;
// its Preact and texts context are the banner chunk's (see src/ui/shared.ts), its locales come
// one language per request (dist/kelisim-locale.<lang>.js).
import { createI18nWith } from './i18n/i18n-instance';
import { startCookieCleanup } from './integrations/start-cookie-cleanup';
import { register } from './loader/register';
import type { DialogChunk } from './ui/chunked-parts';
import { PreferencesDialog } from './ui/preferences-dialog';

register('ui', { PreferencesDialog, createI18nWith, startCookieCleanup } satisfies DialogChunk);
