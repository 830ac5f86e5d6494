import type { Lang } from '../../../src/core/policy-types';
import type { Signal } from '../shared/messages';
import { text } from '../shared/strings';

type Decision = { granted?: string[]; method?: string } | null;

/** JSON on one line, cut to `max` characters. */
export function compact(value: unknown, max = 240): string {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  return json.length > max ? json.slice(0, max - 1) + '…' : json;
}

/** A list of category ids, or the word for "nothing". */
function list(lang: Lang, ids: string[] | undefined): string {
  return ids?.length ? ids.join(', ') : text(lang, 'nothing');
}

/** One line saying what a signal means, in the interface language. */
export function describeSignal(signal: Signal, lang: Lang): string {
  const detail = signal.detail as Record<string, unknown> | null;
  switch (signal.kind) {
    case 'page':
      return text(lang, 'pageLoaded');
    case 'ready':
      return detail ? text(lang, 'granted', { list: list(lang, (detail as Decision)?.granted) }) : text(lang, 'noDecision');
    case 'consent': {
      const decision = detail as Decision;
      return `${decision?.method ?? ''} · ${text(lang, 'granted', { list: list(lang, decision?.granted) })}`;
    }
    case 'change':
    case 'withdraw': {
      const change = detail as { granted?: string[]; revoked?: string[]; decision?: Decision } | null;
      if (!change || !('revoked' in change)) return compact(detail);
      const parts = [text(lang, 'granted', { list: list(lang, change.decision?.granted) })];
      if (change.revoked?.length) parts.push(text(lang, 'revoked', { list: list(lang, change.revoked) }));
      return parts.join(' · ');
    }
    case 'consent-mode':
    case 'data-layer':
      return Array.isArray(detail) ? `gtag(${(detail as unknown[]).map((arg) => compact(arg, 160)).join(', ')})` : compact(detail);
    case 'script':
      return `${String(detail?.category)}: ${String(detail?.src)}`;
    case 'cookie-set':
      return `${String(detail?.name)} = ${compact(String(detail?.value ?? ''), 80)}`;
    case 'cookie-deleted':
      return String(detail?.name);
    case 'receipt':
      return `POST ${new URL(String(detail?.url), location.href).pathname} → ${String(detail?.status)}`;
    case 'error':
      return String(detail);
  }
}
