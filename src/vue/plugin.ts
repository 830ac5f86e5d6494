import { shallowRef, type App, type InjectionKey, type ShallowRef } from 'vue';
import type { Consent, ConsentConfig, ConsentDecision, Policy } from '../core/index';
import { createConsent, mount, startIntegrations, type KelisimConfig, type MountOptions, type WidgetHandle } from '../index';

/** Options of `createKelisim`: the consent store's, the widget's, and the integrations. */
export interface KelisimPluginOptions extends Omit<ConsentConfig, 'policy' | 'revision' | 'categories'>, Omit<MountOptions, 'policy' | 'notice'> {
  /** Show the banner and dialog (loaded lazily, once the app is mounted in the browser). @default true */
  widget?: boolean;
  /** Google Consent Mode, GA4, Yandex Metrica, the consent log…: `startIntegrations`' config (tab sync always runs). */
  integrations?: KelisimConfig;
  /** The decision read on the server (`readDecision(cookieHeader, policy)`), for server rendering. */
  decision?: ConsentDecision | null;
}

/** What the plugin provides to the app's components. */
export interface KelisimState {
  consent: Consent;
  /** The current decision, updated on every change. */
  decision: Readonly<ShallowRef<ConsentDecision | null>>;
  /** The widget, once the app is mounted in the browser. */
  widget(): WidgetHandle | undefined;
}

/** The plugin: `app.use(createKelisim(policy))`. `consent` is the instance it provides. */
export interface KelisimPlugin {
  install(app: App): void;
  readonly consent: Consent;
}

/** The injection key `useConsent` reads. */
export const KELISIM: InjectionKey<KelisimState> = Symbol('kelisim');

/**
 * The Vue plugin: one consent instance for the app. `app.mount()` (the browser) then loads and
 * shows the widget lazily, keeps tabs in step and starts the integrations; `app.unmount()` stops
 * them. Server rendering (`renderToString(app)`, no `mount`) touches no `window`.
 */
export function createKelisim(policy: Policy, options: KelisimPluginOptions = {}): KelisimPlugin {
  const { widget: show = true, integrations, decision: serverDecision = null, cookie, lang, gpc, dnt, ...display } = options;
  const consent = createConsent({ policy, cookie, lang, gpc, dnt });
  return {
    consent,
    install(app) {
      const decision = shallowRef(consent.get() ?? serverDecision);
      const stopListening = consent.on('change', (change) => (decision.value = change.decision));
      let widget: WidgetHandle | undefined;
      let running: { stop(): void } | undefined;
      app.provide(KELISIM, { consent, decision, widget: () => widget });
      const appMount = app.mount;
      app.mount = (...args: Parameters<App['mount']>) => {
        const root = appMount(...args);
        decision.value = consent.get();
        running = startIntegrations(consent, integrations ?? {}, { win: window, doc: document, policy });
        if (show) widget = mount(consent, { ...display, policy });
        return root;
      };
      app.onUnmount(() => {
        stopListening();
        widget?.destroy();
        running?.stop();
        widget = running = undefined;
      });
    },
  };
}
