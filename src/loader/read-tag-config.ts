import type { KelisimConfig } from '../types';

/** `data-*` options copied as they are, and those that are lists or on/off flags. */
const TEXTS = ['policy', 'revision', 'lang', 'layout', 'theme'] as const;
const LISTS = ['categories', 'fallback'] as const;
const FLAGS = ['bilingual', 'floatingButton', 'gpc', 'dnt', 'reloadOnWithdraw', 'googleConsentMode'] as const;

/** Reads the loader tag's `data-*` options over `window.kelisimConfig` (attributes win). */
export function readTagConfig(tag: HTMLScriptElement | null, base: KelisimConfig = {}): KelisimConfig {
  const config: KelisimConfig = { ...base, cookie: { ...base.cookie } };
  const set = config as Record<string, unknown>;
  const data = tag?.dataset ?? {};
  for (const key of TEXTS) if (data[key]) set[key] = data[key];
  for (const key of LISTS) if (data[key]) set[key] = data[key]!.split(/[\s,]+/).filter(Boolean);
  for (const key of FLAGS) if (data[key] !== undefined) set[key] = data[key] !== 'false';
  if (data.googleAnalytics) config.googleAnalytics = { ...base.googleAnalytics, id: data.googleAnalytics };
  if (data.yandexMetrica) config.yandexMetrica = { ...base.yandexMetrica, id: Number(data.yandexMetrica) };
  if (data.consentLog) config.consentLog = { url: data.consentLog };
  if (data.cookieName) config.cookie!.name = data.cookieName;
  if (data.cookieDomain) config.cookie!.domain = data.cookieDomain;
  if (data.cookieDays) config.cookie!.days = Number(data.cookieDays);
  // Browsers hide a parsed nonce attribute; the property keeps it (CSP nonce hiding).
  config.nonce ??= tag?.nonce || undefined;
  return config;
}
