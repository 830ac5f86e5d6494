import { isRecord, isText, type Report } from './field-checks';
import { entries, textsOf } from './policy-entries';
import { LANGS } from './policy-types';

/** A banner summary longer than this does not fit a phone screen. */
export const SUMMARY_LIMIT = 300;

// Fields that hold proper names or addresses: the same in Kazakh and Russian, Latin letters or not.
const NAMES = ['name', 'provider', 'policyUrl'];
const CYRILLIC = /[\u0400-\u04ff]/;
const LETTER = /\p{L}/u;

/** Reports Kazakh texts that are the Russian text or have no Cyrillic letter, anywhere in `value`. */
function checkKazakh(value: unknown, path: string, key: string, report: Report): void {
  if (Array.isArray(value)) return value.forEach((item, i) => checkKazakh(item, `${path}[${i}]`, key, report));
  if (!isRecord(value)) return;
  const { kk, ru } = value;
  if (isText(kk) && isText(ru) && isText(value.en)) {
    if (NAMES.includes(key) || !LETTER.test(kk)) return;
    // One word may well be the same in both (аналитика, маркетинг); a whole sentence is not.
    if (kk.trim() === ru.trim() && /\s/.test(kk.trim())) report(`${path}.kk`, 'kk-same-as-ru', {}, 'warning');
    else if (!CYRILLIC.test(kk)) report(`${path}.kk`, 'kk-not-cyrillic', {}, 'warning');
    return;
  }
  for (const [name, child] of Object.entries(value)) checkKazakh(child, `${path}.${name}`, name, report);
}

/** The texts of a localized value, lower-cased, in every language. */
const lowered = (value: unknown): string[] =>
  isRecord(value) ? LANGS.map((lang) => value[lang]).filter(isText).map((text) => text.toLowerCase()) : [];

/**
 * Reports a service outside Kazakhstan that neither a recipient nor the cross-border statement
 * names (by the service's name or its provider's), so the visitor is not told where data go.
 */
function checkCrossBorder(policy: Record<string, unknown>, report: Report): void {
  const statement = lowered(policy.crossBorder).join('\n');
  const recipients = entries(policy.recipients, '$.recipients').flatMap(([item]) => lowered(item.name));
  const services = entries(policy.categories, '$.categories').flatMap(([item, path]) => entries(item.services, `${path}.services`));
  for (const [service, path] of services) {
    const countries = textsOf(service.country);
    if (!countries.length || countries.every((code) => code === 'KZ')) continue;
    const names = [...lowered(service.provider), ...(isText(service.name) ? [service.name.toLowerCase()] : [])].filter((name) => name.trim());
    const named = (text: string) => names.some((name) => text.includes(name) || name.includes(text));
    if (!names.some((name) => statement.includes(name)) && !recipients.some(named)) {
      report(`${path}.country`, 'cross-border-uncovered', { service: String(service.name), countries: countries.join(', ') }, 'warning');
    }
  }
}

/** Reports what does not stop the policy from being shown but shows wrong: warnings only. */
export function checkPolicyWarnings(policy: unknown, report: Report): void {
  if (!isRecord(policy)) return;
  checkKazakh(policy, '$', '', report);
  const { summary } = policy;
  for (const lang of LANGS) {
    const text = isRecord(summary) ? summary[lang] : undefined;
    if (isText(text) && text.length > SUMMARY_LIMIT) {
      report(`$.summary.${lang}`, 'summary-long', { length: String(text.length), limit: String(SUMMARY_LIMIT) }, 'warning');
    }
  }
  checkCrossBorder(policy, report);
}
