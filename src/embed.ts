// The script-tag entry (dist/kelisim.js). Runs synchronously in <head>: reads the stored decision,
// sets the host-page signals and opens the script gate without waiting for any request. Only when
// something must be shown — or decided — does it import dist/kelisim-ui.js, resolved next to its
// own URL: the widget, the policy's validation and the code that writes decisions live there.
import type { ConsentState } from './core/consent-types';
import { createConsentState } from './core/consent-state';
import type { Policy } from './core/policy-types';
import { drainQueue } from './core/queue';
import { resolveConsentConfig } from './core/resolve-consent-config';
import { createScriptGate } from './core/script-gate';
import type { Widget } from './embed-ui';
import { PENDING_KEY } from './integrations/consent-log';
import { startSignals } from './integrations/start-integrations';
import { setMetricaOptOut } from './integrations/yandex-metrica';
import { createImporter } from './loader/create-importer';
import { showFloatingButton } from './loader/floating-button';
import { readCookie } from './loader/read-cookie';
import { readTagConfig } from './loader/read-tag-config';
import type { KelisimConfig } from './types';

type HostWindow = Window & { Kelisim?: unknown; kelisimConfig?: KelisimConfig; kelisim?: unknown };
type Writes = 'acceptAll' | 'rejectAll' | 'set' | 'withdraw' | 'reset' | 'setLang';

const win = window as HostWindow;
const tag = document.currentScript as HTMLScriptElement | null;
const near = (file: string) => new URL(file, tag?.src || location.href).href;
const importUi = createImporter<typeof import('./embed-ui')>(near('kelisim-ui.js'));
const importTrackers = createImporter<typeof import('./embed-trackers')>(near('kelisim-trackers.js'));
const report = (error: Error) => console.error(error.message || error);

if (win.Kelisim) {
  console.warn('Kelisim: the script tag is on the page twice; the second one is ignored.');
} else {
  try {
    const config = readTagConfig(tag, win.kelisimConfig);
    const inline = document.getElementById('kelisim-policy');
    if (inline && !config.policy) config.policy = JSON.parse(inline.textContent || '') as Policy;
    begin(config)?.catch(report);
  } catch (error) {
    report(error as Error);
  }
}

/**
 * Start at once when the revision is known without the policy: `data-revision` with
 * `data-categories`, or a policy object with its `revision`. Otherwise the UI bundle fetches
 * the policy and works out its revision first — give both to spare returning visitors that.
 */
function begin(config: KelisimConfig): Promise<void> | void {
  const policy = typeof config.policy === 'object' ? config.policy : undefined;
  const revision = config.revision ?? policy?.revision;
  if (revision && (config.categories || Array.isArray(policy?.categories))) return start({ ...config, revision });
  return importUi().then(async (ui) => {
    const ready = await ui.prepare(config);
    if (ready) start(ready);
  });
}

/** Everything that must happen before any tracker can load, then the widget when it is needed. */
function start(config: KelisimConfig): void {
  const resolved = resolveConsentConfig({ ...config, policy: typeof config.policy === 'object' ? config.policy : undefined });
  const store = createConsentState(resolved, () => readCookie(resolved.cookie.name));
  const { commit, ...state } = store;
  const env = { win, doc: document, nonce: config.nonce };
  startSignals(state, config, env);
  createScriptGate(state, { nonce: config.nonce });
  // Metrica's opt-out must be set before any counter starts; the trackers' bundle follows.
  const { yandexMetrica, googleAnalytics } = config;
  if (yandexMetrica) setMetricaOptOut(win, yandexMetrica.id, !state.has('analytics'));
  const trackers = (yandexMetrica || googleAnalytics) && importTrackers().then((m) => m.startTrackers(state, config, env));

  let widget: Promise<Widget | null> | undefined;
  let hideButton = () => {};
  const load = () => {
    hideButton();
    if (widget) return widget;
    // The policy is fetched while the UI bundle downloads, not after it.
    const request = typeof config.policy === 'string' ? fetch(config.policy, { credentials: 'same-origin' }) : undefined;
    request?.catch(() => {});
    return (widget = importUi().then((ui) => ui.start(store, resolved, config, request)));
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
  const acceptAll = write('acceptAll');
  const rejectAll = write('rejectAll');
  const api: ConsentState & Record<string, unknown> = {
    ...state,
    version: __KELISIM_VERSION__,
    acceptAll,
    rejectAll,
    set: write('set'),
    withdraw: write('withdraw'),
    reset: write('reset'),
    setLang: write('setLang'),
    open,
    pageView: (url?: string) => void (trackers && trackers.then((t) => t.pageView(url))),
    gate: (root?: Document | ShadowRoot) => createScriptGate(state, { root, nonce: config.nonce }),
  };
  win.Kelisim = api;
  drainQueue(win, api);

  // Until the widget is loaded, host-page controls are handled here; then it takes them over.
  const onHostClick = (event: Event) => {
    const action = (event.target as Element | null)?.closest?.('[data-kelisim]')?.getAttribute('data-kelisim');
    if (!action || widget) return;
    event.preventDefault();
    if (action === 'open-settings') open();
    else if (action === 'accept-all') void acceptAll();
    else if (action === 'reject-all') void rejectAll();
  };
  document.addEventListener('click', onHostClick);

  // Nobody decided yet (or a receipt waits to be resent): the widget is needed now. Otherwise
  // the way back to the settings is a button drawn here, without the widget.
  const decision = state.get();
  if (!decision || (config.consentLog && hasPendingReceipts())) void load();
  else if (config.floatingButton !== false) hideButton = showFloatingButton(decision.lang, open);
}

/** Whether an earlier page left consent receipts unsent (the UI bundle's consent log keeps them). */
function hasPendingReceipts(): boolean {
  try {
    return !!localStorage.getItem(PENDING_KEY);
  } catch {
    return false;
  }
}
