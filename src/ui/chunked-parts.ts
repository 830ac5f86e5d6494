import type { startCookieCleanup } from '../integrations/start-cookie-cleanup';
import type { LoadChunk } from '../loader/load-chunk';
import type { Lang } from '../core/policy-types';
import { createStaticStrings, type CompiledStrings } from '../i18n/static-strings';
import type { KelisimConfig } from '../types';
import type { WidgetParts } from './mount-widget';
import type { PreferencesDialog } from './preferences-dialog';

/** What the dialog chunk (dist/kelisim-ui.js) hands over. */
export interface DialogChunk {
  PreferencesDialog: typeof PreferencesDialog;
  startCookieCleanup: typeof startCookieCleanup;
}

/** The script tag's widget parts, in chunks, and how to get a language ready. */
export interface ChunkedParts {
  parts: WidgetParts;
  /** Loads the banner strings (and, once the dialog is asked for, its strings) `lang` shows. */
  load(lang: Lang): Promise<void>;
  /** Runs `task` when the page is next idle (soon after, without requestIdleCallback). */
  whenIdle(task: () => void): void;
}

/**
 * The widget's words and dialog for the script tag, one language on the wire, all resolved by
 * i18next at build time and shown by one translator without i18next's runtime
 * (src/i18n/static-strings.ts): the banner's strings per language (kelisim-strings.<lang>.js),
 * the dialog chunk on first use (prefetched when the page is idle) and the dialog's other
 * strings per language (kelisim-locale.<lang>.js). The bilingual layout loads Kazakh and
 * Russian. A chunk that cannot be loaded is reported by the loader with its URL; the language
 * then does not switch (and the chunk is asked for again next time).
 */
export function createChunkedParts(chunk: LoadChunk, config: Pick<KelisimConfig, 'bilingual' | 'nonce'>): ChunkedParts {
  const strings = createStaticStrings();
  /** Each strings chunk asked for (`strings.kk`, `locale.ru`), until it fails. */
  const asked = new Map<string, Promise<void>>();
  /** Whether the dialog was asked for: from then on a language's dialog strings load with it. */
  let dialog: boolean | undefined;
  /** The language last asked for, so a dialog that arrives after a switch has its strings too. */
  let latest: Lang | undefined;
  const shown = (lang: Lang): Lang[] => (config.bilingual && lang !== 'en' ? ['kk', 'ru'] : [lang]);
  const need = <T>(name: string) =>
    chunk<T>(name, config.nonce).then((got) => {
      if (!got) throw new Error(`Kelisim: the ${name} chunk is missing, so the widget cannot show it.`);
      return got;
    });
  const tables = (kind: 'strings' | 'locale', langs: Lang[]) =>
    Promise.all(
      langs.map((lang) => {
        const name = `${kind}.${lang}`;
        const got = asked.get(name) ?? need<CompiledStrings>(name).then((table) => strings.add(lang, table));
        asked.set(name, got);
        got.catch(() => asked.delete(name));
        return got;
      }),
    );
  const load = async (lang: Lang) => {
    latest = lang;
    const langs = shown(lang);
    await Promise.all([tables('strings', langs), dialog && tables('locale', langs)]);
  };
  const parts: WidgetParts = {
    i18n: () => strings.i18n,
    loadLanguage: load,
    dialog: async (lang) => {
      dialog = true;
      const langs = [...new Set([...shown(lang), ...shown(latest ?? lang)])];
      const [ui] = await Promise.all([need<DialogChunk>('ui'), tables('locale', langs)]);
      return { Dialog: ui.PreferencesDialog };
    },
  };
  const whenIdle = (task: () => void) => void (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 50));
  return { parts, load, whenIdle };
}
