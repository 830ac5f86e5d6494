import type { ConsentDecision, ConsentMethod } from './consent-types';
import { LANGS, type Lang } from './policy-types';

/** Format version: the first field of every stored decision. */
const VERSION = '1';
/** Every method; each is stored as its first letter (a, r, c, g), which tells them apart. */
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc'];
const ID = /^[a-z][a-z0-9-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A decision as a compact cookie value, e.g.
 * `1|2025-01|analytics.marketing|analytics|m5x0abc|<uuid>|kk|c`.
 */
export function encodeDecision(d: ConsentDecision): string {
  return [
    VERSION,
    encodeURIComponent(d.revision),
    d.categories.join('.'),
    d.granted.join('.'),
    d.decidedAt.toString(36),
    d.id,
    d.lang,
    d.method[0],
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

/** The decision in a cookie value, or null for anything missing, malformed, tampered or oversized. Never throws. */
export function decodeDecision(raw: string | undefined): ConsentDecision | null {
  if (typeof raw !== 'string' || raw.length > 1024) return null;
  const f = raw.split('|');
  if (f.length !== 8 || f[0] !== VERSION) return null;
  const [, rev = '', cats = '', granted = '', time = '', id = '', lang = '', letter = ''] = f;
  const revision = decodeRevision(rev);
  const categories = decodeIds(cats);
  const grantedIds = decodeIds(granted);
  const decidedAt = parseInt(time, 36);
  const method = METHODS.find((m) => m[0] === letter);
  if (
    revision === null ||
    !categories ||
    !grantedIds ||
    !grantedIds.every((g) => categories.includes(g)) ||
    !(Number.isSafeInteger(decidedAt) && decidedAt >= 0 && decidedAt.toString(36) === time) ||
    !UUID.test(id) ||
    !LANGS.includes(lang as Lang) ||
    !method
  ) {
    return null;
  }
  return { granted: grantedIds, categories, revision, decidedAt, id, lang: lang as Lang, method };
}
