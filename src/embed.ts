// The script-tag entry (dist/kelisim.js). Runs synchronously in <head>: reads the stored decision,
// sets the host-page signals and opens the script gate without waiting for any request. Only when
// something must be shown does it import dist/kelisim-ui.js, resolved next to its own URL.
import { createConsent } from './core/create-consent';
import { fetchPolicy } from './core/fetch-policy';
import { drainQueue } from './core/queue';
import { createScriptGate } from './core/script-gate';
import { startIntegrations } from './integrations/start-integrations';
import { createUiLoader } from './loader/load-ui';
import { readTagConfig } from './loader/read-tag-config';
import type { Policy } from './core/policy-types';
import type { KelisimConfig } from './types';

type HostWindow = Window & { Kelisim?: { version: string }; kelisimConfig?: KelisimConfig; kelisim?: unknown };

const win = window as HostWindow;
const tag = document.currentScript as HTMLScriptElement | null;

if (win.Kelisim) {
  console.warn('Kelisim: the script tag is on the page twice; the second one is ignored.');
} else {
  try {
    const config = readTagConfig(tag, win.kelisimConfig);
    const inline = document.getElementById('kelisim-policy');
    if (inline && !config.policy) config.policy = JSON.parse(inline.textContent || '') as Policy;
    // A returning visitor's decision is checked against data-revision + data-categories, so
    // the policy JSON is fetched only when the tag gives neither those nor the policy itself.
    if ((config.revision && config.categories) || typeof config.policy === 'object') start(config);
    else if (config.policy)
      fetchPolicy(config.policy)
        .then((policy) => start({ ...config, policy: policy as Policy }))
        .catch((error: Error) => console.error(error.message));
    else console.error('Kelisim: no policy given: set data-policy, an inline #kelisim-policy, or window.kelisimConfig.policy.');
  } catch (error) {
    console.error('Kelisim: could not start:', error);
  }
}

/** Everything that must happen before any tracker can load, then the UI when it is needed. */
function start(config: KelisimConfig): void {
  const startedAt = Date.now();
  const policy = typeof config.policy === 'object' ? config.policy : undefined;
  const consent = createConsent({ ...config, policy });
  const integrations = startIntegrations(consent, config, { win, doc: document, nonce: config.nonce, policy });
  createScriptGate(consent, { nonce: config.nonce });

  const loadUi = createUiLoader(new URL('kelisim-ui.js', tag?.src || location.href).href, consent, config);
  const open = () => void loadUi().then((widget) => widget?.open());
  const api = { version: __KELISIM_VERSION__, ...consent, open, pageView: integrations.pageView };
  win.Kelisim = api;
  drainQueue(win, api);

  // Until the UI is loaded, host-page buttons are handled here; the UI takes them over.
  const onHostClick = (event: Event) => {
    const action = (event.target as Element | null)?.closest?.('[data-kelisim]')?.getAttribute('data-kelisim');
    if (action !== 'open-settings') return;
    event.preventDefault();
    document.removeEventListener('click', onHostClick);
    open();
  };
  document.addEventListener('click', onHostClick);

  // A receipt needs the policy, which only the UI bundle reads: a decision made through the
  // JS API before the widget loaded is handed to it.
  if (config.consentLog) consent.on('consent', (log) => void loadUi({ log }));

  const decision = consent.get();
  const gpcNow = decision?.method === 'gpc' && decision.decidedAt >= startedAt;
  if (!decision || gpcNow) {
    document.removeEventListener('click', onHostClick);
    void loadUi({ notice: gpcNow ? 'gpc' : undefined });
  }
}
