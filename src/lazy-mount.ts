// `mount` of the npm entry: the widget (Preact, i18next, the locales) is a dynamic import, so an
// app's bundler puts it in its own chunk and importing `kelisim` costs only the headless core.
import type { Consent } from './core/consent-types';
import type { Lang } from './core/policy-types';
import type { MountOptions, WidgetHandle as MountedWidget } from './ui/mount';

export type { MountOptions };

/** The mounted widget; its methods may be called at once, before the widget's code has loaded. */
export interface WidgetHandle extends MountedWidget {
  /**
   * Settles once the widget's code has loaded: `true` when the widget is mounted, `false` when it
   * could not be loaded or was destroyed first (the reason is in the console). Never rejects.
   */
  readonly ready: Promise<boolean>;
}

type Call = (widget: MountedWidget) => void;

/**
 * Shows the consent widget for `consent` in `#kelisim` (created if absent) inside an open shadow
 * root, as soon as the widget's code has loaded. Returns at once; calls made on the handle before
 * then are replayed in order. Never throws and never rejects: a failure to load is reported once
 * to the console and the page goes on.
 */
export function mount(consent: Consent, options: MountOptions): WidgetHandle {
  let widget: MountedWidget | undefined;
  let destroyed = false;
  const queue: Call[] = [];
  const ready = import('./ui/mount').then(
    (ui) => {
      if (destroyed) return false;
      const mounted = ui.mount(consent, options);
      widget = mounted;
      for (const call of queue.splice(0)) {
        try {
          call(mounted);
        } catch (error) {
          // Thrown here it would be an unhandled rejection of `ready`: report it instead.
          console.error('Kelisim: a call made on the widget before it had loaded failed; the page itself is unaffected.', error);
        }
      }
      return true;
    },
    (error: unknown) => {
      console.error(
        "Kelisim: the consent widget's code could not be loaded, so no banner is shown; check that your bundler " +
          "emits and serves kelisim's widget chunk (a dynamic import from kelisim's dist/index.js).",
        error,
      );
      return false;
    },
  );
  /** Runs `call` now if the widget is mounted, later if it is still loading, never once destroyed. */
  const run = (call: Call) => {
    if (destroyed) return;
    if (widget) call(widget);
    else queue.push(call);
  };
  return {
    ready,
    open: () => run((w) => w.open()),
    close: () => run((w) => w.close()),
    setLang: (lang: Lang) => run((w) => w.setLang(lang)),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      queue.length = 0;
      widget?.destroy();
    },
  };
}
