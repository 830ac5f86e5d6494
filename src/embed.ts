// The script-tag entry (dist/kelisim.js). Runs synchronously in <head>: reads the stored decision,
// sets the host-page signals and opens the script gate without waiting for any request. Only when
// something must be shown — or decided — does it load dist/kelisim-ui.js, a classic script next to
// its own URL: the widget, the policy's validation and the code that writes decisions live there.
import { decodeDecision } from './core/consent-cookie';
import type { ConsentState } from './core/consent-types';
import { createConsentState } from './core/consent-state';
import type { Policy } from './core/policy-types';
import { drainQueue } from './core/queue';
import { withConsentDefaults } from './core/resolve-consent-config';
import { createScriptGate } from './core/script-gate';
import type { TrackersChunk } from './embed-trackers';
import type { ExtrasChunk } from './embed-extras';
import type { UiChunk, Widget } from './embed-banner';
import { startConsentMode } from './integrations/google-consent-mode';
import { startGtmEvents } from './integrations/gtm';
import { metricaGranted, setMetricaOptOut } from './integrations/yandex-metrica';
import { createChunkLoader } from './loader/load-chunk';
import { toLang } from './i18n/detect-language';
import { pagePolicyUrl } from './loader/policy-url';
import { readCookie } from './loader/read-cookie';
import { readTagConfig } from './loader/read-tag-config';
import { HOOK } from './loader/register';
import type { KelisimConfig } from './types';

type HostWindow = Window & { Kelisim?: unknown; kelisimConfig?: KelisimConfig; kelisim?: unknown } & Record<symbol, unknown>;
/** The API's methods that write a decision (or the language): the UI bundle's store does them. */
const WRITES = ['acceptAll', 'rejectAll', 'set', 'withdraw', 'reset', 'setLang'] as const;
type Writes = (typeof WRITES)[number];

const win = window as unknown as HostWindow;
const tag = document.currentScript as HTMLScriptElement | null;
const report = (error: unknown) => console.error('Kelisim: failed to start:', error);
/** A `window.Kelisim` of the page's own, which Kelisim leaves alone (the widget bundle says so). */
const taken = !!win.Kelisim;
/** Does a host-page control's action once `start` has run (clicks before it wait, in order). */
let started: (act: (action: string) => void) => void;
const act = new Promise<(action: string) => void>((resolve) => (started = resolve));
/** The widget handles host-page controls itself now (or never will): clicks are left alone. */
let done = false;

/** Loads a lazy chunk (`ui`, `extras`, `trackers`, `page`) from next to the tag's own URL. */
let chunk: ReturnType<typeof createChunkLoader>;

// The first tag sets the chunks' registration hook at once, before anything waits: a second tag sees it.
if (win[HOOK]) {
  console.warn('Kelisim: the script tag is on the page twice; the second one is ignored. Remove it.');
} else {
  chunk = createChunkLoader(win, tag?.src || location.href);
  document.addEventListener('click', onHostClick);
  try {
    const config = readTagConfig(tag, win.kelisimConfig);
    const inline = document.getElementById('kelisim-policy');
    if (inline && !config.policy) {
      try {
        config.policy = JSON.parse(inline.textContent!) as Policy;
      } catch {
        // Not JSON: the widget bundle says why when it looks for the policy.
      }
    }
    begin(config)?.catch(report);
  } catch (error) {
    report(error);
  }
}

/**
 * A host-page `data-kelisim` control: until the widget is ready, its action is done here (or
 * kept for `start`, in order) and a link's own navigation is stopped.
 */
function onHostClick(event: Event): void {
  const action = (event.target as Element | null)?.closest?.('[data-kelisim]')?.getAttribute('data-kelisim');
  if (done || !action || !/^(accept-all|reject-all|open-settings)$/.test(action)) return;
  event.preventDefault();
  void act.then((run) => run(action));
}

/**
 * Start at once when the revision and categories are known without the policy: `data-revision`
 * with `data-categories`, a policy object with its `revision`, or `data-revision` alone with a
 * decision stored on that revision (its categories are checked against the policy's when the
 * widget loads). Otherwise the UI bundle fetches the policy and works out its revision first.
 */
function begin(config: KelisimConfig): Promise<void> | void {
  const policy = typeof config.policy === 'object' ? config.policy : undefined;
  const revision = config.revision ?? policy?.revision;
  // Not validated yet: the widget bundle reports a policy whose categories are not a list of objects.
  const categories = config.categories || policy?.categories?.map?.((c) => c?.id);
  if (revision && categories) return start(config, revision, categories);
  const stored = decodeDecision(readCookie(config.cookie?.name ?? 'kelisim'));
  if (revision && stored?.revision === revision) return start(config, revision, stored.categories);
  // (A stored decision probably still applies: the banner and its strings may not be needed.)
  const request = prefetch(config, !stored);
  return chunk<UiChunk>('banner', config.nonce).then(async (ui) => {
    const ready = await ui?.prepare(config, request);
    if (ready) start(ready, ready.revision, ready.categories);
    else done = true;
  });
}

/** Everything that must happen before any tracker can load, then the widget when it is needed. */
function start(config: KelisimConfig, revision: string, categories: string[]): void {
  const resolved = withConsentDefaults({ ...config, revision, categories });
  const store = createConsentState(resolved, () => readCookie(resolved.cookie.name));
  const { commit, ...state } = store;
  // Consent Mode's default before any Google tag, then the stored decision's update and GTM
  // event; the store itself, so categories the widget learns from the policy reach them too.
  const { googleConsentMode: mode } = config;
  if (mode || config.googleAnalytics) {
    startConsentMode(store, typeof mode === 'object' ? mode : {}, win);
    startGtmEvents(store, win);
  }
  createScriptGate(state, { nonce: config.nonce });
  // Metrica's opt-out must be set before any counter starts; the trackers' bundle follows and
  // keeps it in line with the decision (it clears it where Metrica is granted).
  const { yandexMetrica, googleAnalytics } = config;
  if (yandexMetrica && !metricaGranted(state)) setMetricaOptOut(win, yandexMetrica.id, true);
  const trackers = (yandexMetrica || googleAnalytics) && chunk<TrackersChunk>('trackers', config.nonce).then((m) => m?.startTrackers(state, config, { win, doc: document, nonce: config.nonce }));

  let widget: Promise<Widget | null> | undefined;
  let hideButton = () => {};
  let extras: Promise<void> | undefined;
  // The extras chunk: tab sync, the withdrawal event, and the "cookie settings" button, drawn
  // here only while the widget is not (and not on its way).
  const loadExtras = () =>
    (extras ??= chunk<ExtrasChunk>('extras', config.nonce).then((x) => {
      if (x) hideButton = x.start(store, config, { open: widget || config.floatingButton === false ? undefined : open, load, chunk, set: api.set as never });
    }));
  const load = () => {
    hideButton();
    if (widget) return widget;
    const request = prefetch(config, true);
    const ui = chunk<UiChunk>('banner', config.nonce);
    // Both chunks download at once; the extras start first, so tab sync hears every decision.
    widget = loadExtras().then(() => ui).then((ui) => ui?.start(store, resolved, config, request, chunk) ?? null);
    // Once mounted, the widget listens to host-page controls itself.
    void widget.then(() => (done = true));
    return widget;
  };
  const open = () => void load().then((w) => w?.open());
  // Decisions are written by the UI bundle's store: through the API they load it first.
  const write =
    (name: Writes) =>
    (...args: unknown[]) =>
      load().then((w) => {
        if (!w) throw new Error('Kelisim: the widget could not start, so nothing was recorded.');
        return (w.consent[name] as (...a: unknown[]) => unknown)(...args);
      });
  const api: ConsentState & Record<string, unknown> = {
    ...state,
    version: __KELISIM_VERSION__,
    open,
    pageView: (url?: string) => void (trackers && trackers.then((t) => t?.pageView(url))),
    gate: (root?: Document | ShadowRoot) => createScriptGate(state, { root, nonce: config.nonce }),
  };
  for (const name of WRITES) api[name] = write(name);
  if (!taken) win.Kelisim = api;
  drainQueue(win, api);

  // Host-page controls clicked so far, in order; later ones until the widget takes them over.
  started((action) => (action === 'open-settings' ? open() : void (api[action === 'accept-all' ? 'acceptAll' : 'rejectAll'] as () => Promise<unknown>)().catch(() => {})));

  // Nobody decided yet: the widget is needed now. Otherwise the extras follow once the page is
  // parsed and idle (they load the widget when a receipt waits to be resent, the privacy-policy
  // page's chunk when the page has one, and the gated iframes' placeholders).
  if (!state.get()) void load();
  else afterPaint(loadExtras);
}

/**
 * Starts what the banner needs besides its chunk, so that it downloads with the chunk, not after
 * it: the policy's fetch (resolves to it; with `{lang}` in its URL, when `data-lang` or `<html
 * lang>` names the language, else the UI chunk chooses it and fetches), and, with `strings` and
 * the language known so, the banner's strings (the banner chunk asks for the same chunks: each is
 * fetched once).
 */
function prefetch(config: KelisimConfig, strings: boolean): Promise<Response> | undefined {
  const lang = toLang(config.lang) || toLang(document.documentElement.lang);
  if (lang && strings) for (const l of config.bilingual && lang !== 'en' ? ['kk', 'ru'] : [lang]) void chunk(`strings.${l}`, config.nonce);
  const url = pagePolicyUrl(config, lang);
  // (fetch's default credentials are 'same-origin', as fetchPolicy's.)
  const request = url ? fetch(url) : undefined;
  request?.catch(() => {});
  return request;
}

/** Run `task` once the document is parsed and the main thread idle (soon after, without requestIdleCallback). */
function afterPaint(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 50));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', idle);
  else idle();
}
