// `kelisim`: the consent store and the widget, for single-page apps (React, Vue, Preact, Next.js).
export * from './core/index';
export { mount, type MountOptions, type WidgetHandle } from './ui/mount';
export { startIntegrations, type Integrations, type IntegrationsEnv } from './integrations/start-integrations';
export type { KelisimConfig, Layout, Theme, GoogleConsentModeOptions, YandexMetricaOptions, GoogleAnalyticsOptions, ConsentLogOptions } from './types';
