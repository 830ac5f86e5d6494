// The lazily loaded half of the script tag (dist/kelisim-banner.js, a classic script that hands
// `prepare` and `start` to the loader's hook): guards the policy, adds the write side of the
// consent store, and mounts the widget with the banner's build-time strings of one language
// (dist/kelisim-strings.<lang>.js), without i18next. The dialog (dist/kelisim-ui.js, i18next, the
// cookie clean-up) and its locale (dist/kelisim-locale.<lang>.js) load once the page is idle or
// when the visitor opens the settings. Only a visitor who must be asked, or who opens the
// settings or decides through the JS API, downloads any of it.
import type { ConsentStore } from './core/consent-state';
import { serviceCategories } from './core/consent-services';
import { createConsentStorage } from './core/consent-storage';
import type { Consent } from './core/consent-types';
import { addConsentWrites } from './core/consent-writes';
import { checkConsentConfig, type ResolvedConsentConfig } from './core/resolve-consent-config';
import { policyRevision } from './core/revision';
import type { LogChunk } from './embed-log';
import { logReceipts } from './integrations/log-receipts';
// The policy, guarded (the cheap check of what the widget reads; the full validation is the
// policy writer's, issue 12), in the widget's language when it comes one file per language.
import { readShownPolicy, withLanguages } from './loader/language-policies';
import { register } from './loader/register';
import { warnTrackerPreloads } from './integrations/tracker-preloads';
import type { LoadChunk } from './loader/load-chunk';
import { createChunkedParts, type DialogChunk } from './ui/chunked-parts';
import { SHARED } from './ui/shared';
import { modules } from './ui/shared-modules';
import { widgetLang } from './i18n/detect-language';
import { mountWith, type WidgetHandle } from './ui/mount-widget';
import type { KelisimConfig, Policy } from './types';

// The dialog chunk runs on this chunk's Preact and texts context (scripts/build.mjs maps its imports here).
(window as unknown as Record<symbol, unknown>)[SHARED] = modules;

/** Above this many services, the policy's guard and the banner's first render run as two tasks. */
const LARGE_POLICY = 200;

/** The started widget as the loader drives it, with the consent store that records decisions. */
export interface Widget extends WidgetHandle {
  consent: Consent;
}

/**
 * The config completed for the loader when its tag gives no revision: the policy fetched and
 * guarded, its revision and categories worked out (the tag's `data-categories` kept, to be
 * checked against the policy's). Null (with every problem reported to the console) when there
 * is no policy the widget can show (`request`: the policy's fetch, already started by the loader).
 */
async function prepare(config: KelisimConfig, request?: Promise<Response>): Promise<(KelisimConfig & { policy: Policy; revision: string; categories: string[] }) | null> {
  try {
    const shown = await readShownPolicy(config, request);
    const { policy } = shown;
    return { ...config, ...shown, revision: policyRevision(policy), categories: config.categories ?? policy.categories.map((c) => c.id) };
  } catch (error) {
    console.error((error as Error).message ?? error);
    return null;
  }
}

/**
 * The loader took its categories from the stored decision (its tag names none) and the policy
 * has others: that decision no longer applies, so the visitor is asked again, about these. The
 * state checks decisions against `resolved.categories` and the writes record that list.
 */
function adoptCategories(state: ConsentStore, resolved: ResolvedConsentConfig, categories: string[]): void {
  (state as { categories: readonly string[] }).categories = [...categories];
  state.commit(null, 'change');
  resolved.categories.splice(0, Infinity, ...categories);
  createConsentStorage(resolved.cookie).remove();
}

/**
 * Guards the policy, adds the write side to the loader's consent state and mounts the
 * widget (`request`: the policy's fetch, already started by the loader; `chunk`: the loader's
 * way to load the strings, dialog and locale chunks). On a policy the
 * widget cannot show it reports the first problem to the console, shows nothing and grants
 * nothing (resolves to null). Warnings are the writer's business (the demo, `validatePolicy`): none here.
 */
async function start(
  state: ConsentStore,
  resolved: ResolvedConsentConfig,
  config: KelisimConfig,
  request?: Promise<Response>,
  chunk?: LoadChunk,
): Promise<Widget | null> {
  try {
    if (!chunk) throw new Error('Kelisim: kelisim-banner.js was loaded by an older kelisim.js: serve both from the same release.');
    // The strings download while the policy does.
    const lang = widgetLang(config.lang);
    const languages = createChunkedParts(chunk, config);
    const strings = languages.load(lang);
    strings.catch(() => {});
    // The loader's API shares the state's functions; another window.Kelisim is the page's own.
    if ((window as { Kelisim?: { get?: unknown } }).Kelisim?.get !== state.get) {
      console.warn('Kelisim: window.Kelisim is already defined by this page, so Kelisim left it: use window.kelisim.push(cb), or rename it.');
    }
    checkConsentConfig(resolved);
    const shown = await readShownPolicy({ ...config, lang }, request);
    const { policy } = shown;
    // The bilingual layout's second language is fetched while the rest starts (never rejects).
    const other = withLanguages(config, shown);
    const revision = policyRevision(policy);
    if (revision !== state.revision) {
      throw new Error(`Kelisim: the policy's revision is "${revision}" but data-revision="${state.revision}": make data-revision the policy's.`);
    }
    const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
    if (optional.sort().join() !== [...state.categories].sort().join()) {
      if (!config.categories) adoptCategories(state, resolved, optional);
      else throw new Error(
        `Kelisim: data-categories="${state.categories.join(' ')}" but the policy's optional categories are "${optional.join(' ')}". Make them the same.`,
      );
    }
    // A large policy's guard and the first render are two tasks, not one long one; a usual
    // policy's are quick together, and a task boundary would only delay the banner.
    if (policy.categories.reduce((n, c) => n + c.services.length, 0) > LARGE_POLICY) await new Promise((resolve) => setTimeout(resolve));
    const before = state.get();
    // The loader knew no services: the state (`has`) and the writes learn them from the policy.
    resolved.services = serviceCategories(policy);
    const consent = addConsentWrites(state, resolved, createConsentStorage(resolved.cookie));
    // Global Privacy Control declined everything just now: the banner says why.
    const notice = !before && consent.get()?.method === 'gpc' ? 'gpc' : undefined;
    const { consentLog } = config;
    // Receipts are kept pending at the click; the log chunk sends them, off the banner's path.
    if (consentLog) {
      const send = (fresh: Parameters<LogChunk['send']>[1]) => void chunk<LogChunk>('log', config.nonce).then((log) => log?.send(consentLog, fresh));
      logReceipts(consent, policy, send, languages.whenIdle);
    }
    // The loader runs in <head>: a fast (cached) UI bundle can be here before <body> is.
    if (!document.body) await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // <head> is parsed by now, with any preload links in it.
    warnTrackerPreloads(document);
    await strings;
    // A policy given one file per language: the other languages' files load when asked for.
    const widget = mountWith(consent, { ...config, ...(await other), lang, notice }, languages.parts);
    // The clean-up comes with the dialog chunk, fetched once the banner is drawn and the page idle.
    languages.whenIdle(() => void chunk<DialogChunk>('ui', config.nonce).then((ui) => ui?.startCookieCleanup(consent, policy)));
    return { ...widget, consent };
  } catch (error) {
    console.error((error as Error).message ?? error);
    return null;
  }
}

/** What the banner chunk hands to the loader. */
export interface UiChunk {
  prepare: typeof prepare;
  start: typeof start;
}

register('banner', { prepare, start } satisfies UiChunk);
