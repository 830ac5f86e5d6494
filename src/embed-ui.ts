// The script tag's dialog chunk (dist/kelisim-ui.js, a classic script that hands its parts to
// the loader's hook): the preferences dialog and the cookie clean-up, without i18next's runtime.
// The banner chunk loads it once the page is idle after the banner shows, or when the visitor
// opens the settings; its Preact and texts context are the banner chunk's (see src/ui/shared.ts),
// its strings, resolved by i18next at build time, come one language per request
// (dist/kelisim-locale.<lang>.js) into the banner's translator (src/i18n/static-strings.ts).
import { startCookieCleanup } from './integrations/start-cookie-cleanup';
import { register } from './loader/register';
import type { DialogChunk } from './ui/chunked-parts';
import { PreferencesDialog } from './ui/preferences-dialog';

register('ui', { PreferencesDialog, startCookieCleanup } satisfies DialogChunk);
