// `kelisim/vue`: a plugin with one consent instance and the `useConsent` composable (refs).
// Vue is an optional peer dependency: only apps that import this entry need it.
export { createKelisim, KELISIM, type KelisimPlugin, type KelisimPluginOptions, type KelisimState } from './plugin';
export { useConsent, type ConsentView } from './use-consent';
export { Consent } from './consent-gate';
export type { Register, CategoryId } from './register';
