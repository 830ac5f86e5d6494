import type { Duration, Retention } from '../core/policy-types';
import type { Texts } from './texts';

/** An amount of time with the right plural, e.g. ru «2 года», «5 лет». */
export function formatDuration({ t }: Texts, { amount, unit }: Duration): string {
  return t('unit.' + unit, { count: amount });
}

/** A retention period: an amount of time, maybe counted from an event, or a rule in words. */
export function formatRetention(texts: Texts, retention: Retention): string {
  if ('rule' in retention) return texts.s(retention.rule);
  const period = formatDuration(texts, retention);
  return retention.after ? texts.t('after', { period, event: texts.s(retention.after) }) : period;
}

/** A country's name in the interface language (`RU` → «Ресей» in Kazakh); the code if unknown. */
export function countryName(lang: string, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date in words, e.g. «1 июля 2026 г.»; ISO dates (YYYY-MM-DD) are read as calendar days. */
export function formatDate(lang: string, date: string | number, withTime = false): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : { timeZone: 'UTC' }),
  }).format(new Date(date));
}
