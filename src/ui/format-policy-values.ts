import type { Duration, Retention, RetentionLimit } from '../core/policy-types';
import type { Texts } from './texts';

/** An amount of time with the right plural, e.g. ru «2 года», «5 лет». */
export function formatDuration({ t }: Texts, { amount, unit }: Duration): string {
  return t('unit.' + unit, { count: amount });
}

/** An amount of time, counted from an event when it has one: «3 года после исполнения заказа». */
function formatPeriod(texts: Texts, period: RetentionLimit): string {
  const time = formatDuration(texts, period);
  return period.after ? texts.t('after', { period: time, event: texts.s(period.after) }) : time;
}

/**
 * A retention period as one sentence: an amount of time, maybe counted from an event, maybe a
 * ceiling ("up to 1 year"); or a rule in words, maybe with its ceiling ("…, but no longer than
 * 5 years after the last interaction"). The dialog and the policy page both say it this way.
 */
export function formatRetention(texts: Texts, retention: Retention): string {
  if ('rule' in retention) {
    const rule = texts.s(retention.rule);
    return retention.max ? texts.t('ruleMax', { rule, period: formatPeriod(texts, retention.max) }) : rule;
  }
  const period = formatPeriod(texts, retention);
  return retention.upTo ? texts.t('upTo', { period }) : period;
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
