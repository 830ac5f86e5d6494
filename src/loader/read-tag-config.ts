import type { KelisimConfig } from '../types';

/** Reads the loader tag's `data-*` options over `window.kelisimConfig` (attributes win). */
export function readTagConfig(tag: HTMLScriptElement | null, base: KelisimConfig = {}): KelisimConfig {
  const config: KelisimConfig = { ...base, cookie: { ...base.cookie } };
  const data = tag?.dataset ?? {};
  const flag = (value: string | undefined) => (value === undefined ? undefined : value !== 'false');
  const set = <K extends keyof KelisimConfig>(key: K, value: KelisimConfig[K] | undefined) => {
    if (value !== undefined) config[key] = value;
  };

  set('policy', data.policy);
  set('revision', data.revision);
  set('categories', data.categories?.split(/[\s,]+/).filter(Boolean));
  set('lang', data.lang as KelisimConfig['lang']);
  set('fallback', data.fallback?.split(/[\s,]+/) as KelisimConfig['fallback']);
  set('layout', data.layout as KelisimConfig['layout']);
  set('theme', data.theme as KelisimConfig['theme']);
  set('bilingual', flag(data.bilingual));
  set('floatingButton', flag(data.floatingButton));
  set('gpc', flag(data.gpc));
  set('dnt', flag(data.dnt));
  set('reloadOnWithdraw', flag(data.reloadOnWithdraw));
  set('googleConsentMode', flag(data.googleConsentMode));
  if (data.googleAnalytics) config.googleAnalytics = { ...base.googleAnalytics, id: data.googleAnalytics };
  if (data.yandexMetrica) config.yandexMetrica = { ...base.yandexMetrica, id: Number(data.yandexMetrica) };
  if (data.consentLog) config.consentLog = { url: data.consentLog };
  if (data.cookieName) config.cookie!.name = data.cookieName;
  if (data.cookieDomain) config.cookie!.domain = data.cookieDomain;
  if (data.cookieDays) config.cookie!.days = Number(data.cookieDays);
  // Browsers hide a parsed nonce attribute; the property keeps it (CSP nonce hiding).
  set('nonce', config.nonce ?? (tag?.nonce || undefined));
  return config;
}
