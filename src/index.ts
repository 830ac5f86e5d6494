// `kelisim`: the consent store and the widget, for single-page apps (React, Vue, Preact, Next.js).
// The widget itself is loaded by `mount` through a dynamic import (a chunk of its own). The core's
// values are named one by one: the built index.js takes them from dist/core.js, which also carries
// helpers the widget shares with it (test/dist/npm-split.test.ts keeps this list equal to core's).
export {
  createConsent,
  definePolicy,
  dataConsent,
  decisionGrants,
  readDecision,
  createScriptGate,
  validatePolicy,
  parsePolicy,
  PolicyError,
  isValidBin,
  policyRevision,
  policyForLanguage,
  policyLanguages,
  isLanguagePolicy,
  pickText,
  purposeCategories,
  purposeGranted,
  warningsText,
} from './core/index';
export type * from './core/index';
export { mount, type MountOptions, type WidgetHandle } from './lazy-mount';
export { startIntegrations, type Integrations, type IntegrationsEnv } from './integrations/start-integrations';
export type { KelisimConfig, Layout, Theme, GoogleConsentModeOptions, YandexMetricaOptions, GoogleAnalyticsOptions, ConsentLogOptions } from './types';
