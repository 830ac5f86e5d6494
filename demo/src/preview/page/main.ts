// The preview page: a wireframe site that runs the real dist/kelisim.js with the config the
// preview site sends, and reports every signal the widget gives back to the site's event log.
import { CHANNEL, isDemoMessage, type PreviewSetup, type SignalKind } from '../../shared/messages';
import type { KelisimConfig } from '../../../../src/types';
import { accentCss } from '../../shared/accent-style';
import { watchCookies } from './watch-cookies';
import { watchDataLayer } from './watch-data-layer';
import { watchReceipts } from './watch-receipts';

type PreviewWindow = Window & { kelisimConfig?: KelisimConfig; dataLayer?: unknown[] };

const win = window as PreviewWindow;
const EVENTS = ['ready', 'consent', 'change', 'withdraw'] as const;
const SETTINGS_LINK = { kk: 'Cookie баптаулары', ru: 'Настройки cookie', en: 'Cookie settings' };
let started = false;

/** Tell the preview site about a signal; details travel as plain JSON. */
function report(kind: SignalKind, detail: unknown = null): void {
  const plain: unknown = JSON.parse(JSON.stringify(detail ?? null));
  win.parent.postMessage({ channel: CHANNEL, kind, detail: plain, at: Date.now() }, location.origin);
}

/** Set the config, the accent colour and the page's look, then insert the loader as a site would. */
function start({ config, accent }: PreviewSetup): void {
  if (started) return;
  started = true;
  if (config.consentLog) watchReceipts(win, config.consentLog.url, (receipt) => report('receipt', receipt));
  win.kelisimConfig = config;
  document.documentElement.lang = config.lang ?? 'kk';
  document.documentElement.dataset.theme = config.theme ?? 'auto';
  document.getElementById('settings-link')!.textContent = SETTINGS_LINK[config.lang ?? 'kk'];
  if (accent) {
    const style = document.createElement('style');
    style.textContent = accentCss(accent);
    document.head.append(style);
  }
  const loader = document.createElement('script');
  loader.src = new URL('dist/kelisim.js', location.href).href;
  loader.onerror = () => report('error', `${loader.src} could not be loaded`);
  document.head.append(loader);
}

for (const name of EVENTS) win.addEventListener(`kelisim:${name}`, (event) => report(name, (event as CustomEvent).detail));
watchDataLayer(win, ({ kind, entry }) => report(kind, entry));
watchCookies(document, ({ kind, ...cookie }) => report(kind, cookie));

// The widget reports what went wrong on the console (a bad policy, a missing file): show it too.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  report('error', args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
  consoleError(...args);
};
win.addEventListener('error', (event) => report('error', event.message));

win.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== win.parent || !isDemoMessage(event.data)) return;
  if ('cmd' in event.data && event.data.cmd === 'start') start(event.data);
});

// The site answers this with the `start` command.
report('page');
