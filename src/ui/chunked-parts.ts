import type { i18n, Resource, ResourceLanguage } from 'i18next';
import type { startCookieCleanup } from '../integrations/start-cookie-cleanup';
import type { LoadChunk } from '../loader/load-chunk';
import type { Lang } from '../core/policy-types';
import { createStaticStrings, type BannerStrings } from '../i18n/static-strings';
import type { KelisimConfig } from '../types';
import type { WidgetParts } from './mount-widget';
import type { PreferencesDialog } from './preferences-dialog';

/** What the dialog chunk (dist/kelisim-ui.js) hands over. */
export interface DialogChunk {
  PreferencesDialog: typeof PreferencesDialog;
  createI18nWith(lang: Lang, resources: Resource): i18n;
  startCookieCleanup: typeof startCookieCleanup;
}

/** The script tag's widget parts, in chunks, and how to get a language ready. */
export interface ChunkedParts {
  parts: WidgetParts;
  /** Loads the banner strings (and, once the dialog is here, the locales) `lang` shows. */
  load(lang: Lang): Promise<void>;
  /** Runs `task` when the page is next idle (soon after, without requestIdleCallback). */
  whenIdle(task: () => void): void;
}

/**
 * The widget's words and dialog for the script tag, one language on the wire: the banner's
 * build-time strings per language (kelisim-strings.<lang>.js), the dialog chunk on first use
 * (prefetched when the page is idle) and its i18next locales per language
 * (kelisim-locale.<lang>.js). The bilingual layout loads Kazakh and Russian. A chunk that
 * cannot be loaded is reported by the loader with its URL; the language then does not switch.
 */
export function createChunkedParts(chunk: LoadChunk, config: Pick<KelisimConfig, 'bilingual' | 'nonce'>): ChunkedParts {
  const strings = createStaticStrings();
  let dialog: i18n | undefined;
  /** The language last asked for, so a dialog that arrives after a switch has its locale too. */
  let latest: Lang | undefined;
  const shown = (lang: Lang): Lang[] => (config.bilingual && lang !== 'en' ? ['kk', 'ru'] : [lang]);
  const need = <T>(name: string) =>
    chunk<T>(name, config.nonce).then((got) => {
      if (!got) throw new Error(`Kelisim: the ${name} chunk is missing, so the widget cannot show it.`);
      return got;
    });
  const locales = (langs: Lang[]) => Promise.all(langs.map((l) => need<ResourceLanguage>(`locale.${l}`)));
  const load = async (lang: Lang) => {
    latest = lang;
    const langs = shown(lang);
    const got = await Promise.all(langs.map((l) => (strings.has(l) ? undefined : need<BannerStrings>(`strings.${l}`))));
    got.forEach((table, i) => table && strings.add(langs[i]!, table));
    if (dialog) (await locales(langs)).forEach((locale, i) => dialog!.addResourceBundle(langs[i]!, 'translation', locale, true, true));
  };
  const parts: WidgetParts = {
    i18n: () => strings.i18n,
    loadLanguage: load,
    dialog: async (lang) => {
      const langs = [...new Set([...shown(lang), ...shown(latest ?? lang)])];
      const [ui, got] = await Promise.all([need<DialogChunk>('ui'), locales(langs)]);
      dialog ??= ui.createI18nWith(lang, Object.fromEntries(langs.map((l, i) => [l, { translation: got[i]! }])));
      return { Dialog: ui.PreferencesDialog, i18n: dialog };
    },
  };
  const whenIdle = (task: () => void) => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 50));
  return { parts, load, whenIdle };
}
