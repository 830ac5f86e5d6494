import type { ConsentState } from '../core/consent-types';
import type { YandexMetricaOptions } from '../types';
import { insertScript } from './script-tag';
import type { StartTracker } from './tracker-handle';

/** Yandex's `ym()` command queue, as the standard counter snippet defines it. */
export interface Ym {
  (...args: unknown[]): void;
  /** Queued calls, replayed by tag.js. */
  a?: IArguments[];
  /** When the queue was created, ms since the epoch. */
  l?: number;
}

/** A page that may hold Metrica's globals: `ym` and the `disableYaCounter<id>` flags. */
export type MetricaHost = { ym?: Ym } & Record<string, unknown>;

/** The consent category Metrica belongs to, and its service id in a policy (and the catalogue). */
const CATEGORY = 'analytics';
const SERVICE = 'yandex-metrica';

/**
 * Whether Metrica may run: its service granted (where the policy names it, alone or with its
 * category), or, where the policy names no such service, analytics granted.
 */
export const metricaGranted = (consent: Pick<ConsentState, 'has'>): boolean => consent.has(SERVICE) || consent.has(CATEGORY);

/**
 * Start Yandex Metrica under consent: until it is granted (`metricaGranted`), and again after withdrawal,
 * `window['disableYaCounter' + id]` is set (Yandex's opt-out, which also silences a counter the
 * site embeds itself); once granted, tag.js is inserted and `ym(id, 'init', …)` called, once.
 */
export const startYandexMetrica: StartTracker<YandexMetricaOptions> = (consent, options, win = globalThis, doc = (win as Window).document, nonce) => {
  const host = win as MetricaHost;
  let initialised = false;

  const apply = () => {
    const granted = metricaGranted(consent);
    setMetricaOptOut(win, options.id, !granted);
    if (!granted || initialised) return;
    initialised = true;
    installQueue(host);
    insertScript(doc, options.src ?? 'https://mc.yandex.ru/metrika/tag.js', nonce);
    // Webvisor records form input: off unless the site enables (and discloses) it.
    host.ym!(options.id, 'init', { webvisor: options.webvisor ?? false, ...options.init });
  };

  apply();
  const stop = consent.on('change', apply);
  return {
    pageView(url) {
      if (initialised && metricaGranted(consent)) host.ym!(options.id, 'hit', url);
    },
    stop,
  };
};

/** Set (or clear) Yandex's documented opt-out `window['disableYaCounter' + id]` for a counter. */
export function setMetricaOptOut(win: object, id: number, optOut: boolean): void {
  const host = win as MetricaHost;
  if (optOut) host[`disableYaCounter${id}`] = true;
  else delete host[`disableYaCounter${id}`];
}

/** Define the standard `ym` queue unless the page already has one. */
function installQueue(win: MetricaHost): void {
  if (win.ym) return;
  const ym: Ym = function () {
    // tag.js replays `ym.a` and expects Arguments objects there, as the official snippet pushes.
    // eslint-disable-next-line prefer-rest-params
    (ym.a ??= []).push(arguments);
  };
  ym.l = Date.now();
  win.ym = ym;
}
