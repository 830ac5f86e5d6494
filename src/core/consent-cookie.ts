import type { ConsentDecision, ConsentMethod } from './consent-types';
import { LANGS, type Lang } from './policy-types';

/** Format version: the first field of every stored decision that grants services. */
const VERSION = '2';
/** Every method; each is stored as its first letter (a, r, c, g), which tells them apart. */
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc'];
const ID = /^[a-z][a-z0-9-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A decision as a compact cookie value, e.g.
 * `2|2025-01|analytics.marketing|analytics|m5x0abc|<uuid>|kk|c|yandex-metrica.youtube`: the
 * granted services last. A decision that grants no service is written in format 1, without
 * that field, as earlier versions wrote and read it.
 */
export function encodeDecision(d: ConsentDecision): string {
  const services = d.services ?? [];
  return [
    services.length ? VERSION : '1',
    encodeURIComponent(d.revision),
    d.categories.join('.'),
    d.granted.join('.'),
    d.decidedAt.toString(36),
    d.id,
    d.lang,
    d.method[0],
    ...(services.length ? [services.join('.')] : []),
  ].join('|');
}

/** Category ids from a `.`-separated field, or null when one is malformed or repeated. */
function decodeIds(field: string): string[] | null {
  const ids = field ? field.split('.') : [];
  return ids.every((id, i) => ID.test(id) && ids.indexOf(id) === i) ? ids : null;
}

/** The revision from its field, or null unless the field is exactly how `encodeDecision` writes it. */
function decodeRevision(field: string): string | null {
  try {
    const revision = decodeURIComponent(field);
    return revision && encodeURIComponent(revision) === field ? revision : null;
  } catch {
    return null;
  }
}

/**
 * The decision in a cookie value (format 2, or 1 with no services), or null for anything
 * missing, malformed, tampered or oversized. Never throws.
 */
export function decodeDecision(raw: string | undefined): ConsentDecision | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  const f = raw.split('|');
  if (f.length !== (f[0] === VERSION ? 9 : f[0] === '1' ? 8 : 0)) return null;
  const [, rev = '', cats = '', granted = '', time = '', id = '', lang = '', letter = '', svc = ''] = f;
  const revision = decodeRevision(rev);
  const categories = decodeIds(cats);
  const grantedIds = decodeIds(granted);
  const services = decodeIds(svc);
  const decidedAt = parseInt(time, 36);
  const method = METHODS.find((m) => m[0] === letter);
  if (
    revision === null ||
    !categories ||
    !grantedIds ||
    !services ||
    !grantedIds.every((g) => categories.includes(g)) ||
    !(Number.isSafeInteger(decidedAt) && decidedAt >= 0 && decidedAt.toString(36) === time) ||
    !UUID.test(id) ||
    !LANGS.includes(lang as Lang) ||
    !method
  ) {
    return null;
  }
  return { granted: grantedIds, services, categories, revision, decidedAt, id, lang: lang as Lang, method };
}
