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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date in words, e.g. «1 июля 2026 г.»; ISO dates (YYYY-MM-DD) are read as calendar days.
 * Where the browser has no month names for the language (some Chromium builds print
 * "2026 M07 1" for Kazakh), the numeric form usual in Kazakhstan: 01.07.2026.
 */
export function formatDate(lang: string, date: string | number, withTime = false): string {
  const d = new Date(date);
  const zone = withTime ? {} : { timeZone: 'UTC' };
  if (!/\d/.test(new Intl.DateTimeFormat(lang, { month: 'long', ...zone }).format(d))) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(withTime && { timeStyle: 'short' }), ...zone }).format(d);
  }
  const utc = !withTime;
  const day = `${pad(utc ? d.getUTCDate() : d.getDate())}.${pad((utc ? d.getUTCMonth() : d.getMonth()) + 1)}.${utc ? d.getUTCFullYear() : d.getFullYear()}`;
  return withTime ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}
