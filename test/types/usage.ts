// A type-checked example of the npm API, as README's "npm" section uses it. `npm run typecheck`
// compiles it; every `@ts-expect-error` line is a wrong config that must not compile (an unused
// directive is itself an error). test/dist/types-usage.test.ts compiles it again against the
// published declarations (`kelisim` → dist/types) and checks each wrong line fails on its own.
// It imports the source, not `kelisim`, because typecheck runs before the build in `npm test`.
import {
  createConsent,
  createScriptGate,
  mount,
  parsePolicy,
  startIntegrations,
  type ConsentDecision,
  type KelisimConfig,
  type WidgetHandle,
} from '../../src/index';
import raw from '../fixtures/policy.json';

/** A single-page app's consent set-up: store, integrations, gate and widget. */
export function startConsent(win: Window, doc: Document): WidgetHandle {
  const policy = parsePolicy(raw);
  const config: KelisimConfig = {
    policy,
    lang: 'ru',
    layout: 'box',
    theme: 'dark',
    cookie: { domain: 'example.kz', days: 90 },
    googleConsentMode: { waitForUpdate: 500 },
    googleAnalytics: { id: 'G-XXXXXXX' },
    yandexMetrica: { id: 12345678, webvisor: false },
    consentLog: { url: '/api/consent' },
  };
  const consent = createConsent({ policy, lang: 'kk' });
  startIntegrations(consent, config, { win, doc });
  createScriptGate(consent);
  consent.on('change', ({ granted, revoked }) => console.log(granted, revoked));
  const decided: ConsentDecision = consent.set(['analytics']);
  consent.set({ analytics: decided.granted.length === 0 });
  return mount(consent, { policy, layout: config.layout, lang: config.lang });
}

/** Configs and calls that must not compile. */
export function wrongUsage(consent: ReturnType<typeof createConsent>): KelisimConfig[] {
  // @ts-expect-error there is no 'sidebar' layout: 'bar', 'box' or 'modal'
  const layout: KelisimConfig = { layout: 'sidebar' };
  // @ts-expect-error Kelisim speaks 'kk', 'ru' and 'en' only
  const lang: KelisimConfig = { lang: 'de' };
  // @ts-expect-error a Yandex Metrica counter needs its id
  const metrica: KelisimConfig = { yandexMetrica: { webvisor: true } };
  // @ts-expect-error a GA4 measurement id is a string such as 'G-XXXXXXX'
  const analytics: KelisimConfig = { googleAnalytics: { id: 12345678 } };
  // @ts-expect-error set() takes category ids or an id → boolean map, not a number
  consent.set(1);
  return [layout, lang, metrica, analytics];
}
