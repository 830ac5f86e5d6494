import { serviceByCookie, serviceByHost, serviceByStorageKey } from '../../catalogue/services';
import type { Policy } from '../../core/policy-types';
import type { PageScan, ScanState, SeenCookie } from './types';

/** Something optional that ran when it must not have. */
export interface Violation {
  page: string;
  /** `before` any decision, or after "Necessary only". */
  state: Exclude<ScanState, 'accept'>;
  kind: 'request' | 'cookie';
  /** The request's host or the cookie's name. */
  name: string;
  /** The catalogue service or policy service it belongs to, when known. */
  service?: string;
  category: string;
}

/** A cookie or storage key the policy does not declare, or a policy cookie never seen. */
export interface Mismatch {
  kind: 'cookie' | 'local-storage' | 'session-storage';
  name: string;
  service?: string;
}

/** What a scan found, compared with the catalogue and, when there is one, the policy. */
export interface ScanFindings {
  violations: Violation[];
  /** Undefined without a policy to compare with. */
  undeclared?: Mismatch[];
  unseen?: Mismatch[];
}

const matches = (c: { name: string; prefix?: boolean }, name: string) => (c.prefix ? name.startsWith(c.name) : name === c.name);

/** The category and service a cookie belongs to: the policy's word first, then the catalogue's. */
export function cookieCategory(cookie: SeenCookie, policy: Policy | undefined, decisionCookie = 'kelisim') {
  for (const category of policy?.categories ?? []) {
    for (const service of category.services) {
      if (service.cookies.some((c) => matches(c, cookie.name))) return { category: category.id, service: service.id };
    }
  }
  if (cookie.name === decisionCookie) return { category: 'necessary', service: 'kelisim' };
  const known = serviceByCookie(cookie.name, cookie.domain);
  return known ? { category: known.service.category, service: known.service.id } : undefined;
}

/** Violations of one state of one page: tracker requests, and cookies of an optional category. */
function violationsOf(scan: PageScan, state: 'before' | 'necessary', policy: Policy | undefined): Violation[] {
  const seen = scan.states[state];
  if (!seen) return [];
  const out: Violation[] = [];
  // After "Necessary only", what the page loaded before the click is already reported under `before`.
  const requests = seen.requests.filter((r) => state === 'before' || r.phase === 'after');
  for (const host of new Set(requests.map((r) => r.host))) {
    const service = serviceByHost(host);
    if (service && service.category !== 'functional') out.push({ page: scan.url, state, kind: 'request', name: host, service: service.id, category: service.category });
  }
  for (const cookie of seen.cookies) {
    const found = cookieCategory(cookie, policy);
    if (found && found.category !== 'necessary') out.push({ page: scan.url, state, kind: 'cookie', name: cookie.name, service: found.service, category: found.category });
  }
  return out;
}

/** Compare every page's states with the catalogue and `policy`. */
export function analyse(pages: readonly PageScan[], policy: Policy | undefined): ScanFindings {
  const violations = pages.flatMap((page) => [...violationsOf(page, 'before', policy), ...violationsOf(page, 'necessary', policy)]);
  if (!policy) return { violations };
  const states = pages.flatMap((page) => Object.values(page.states));
  const cookies = new Map(states.flatMap((s) => s.cookies).map((c) => [c.name, c]));
  const storage = new Map(states.flatMap((s) => s.storage).map((s) => [s.key, s.kind]));
  const declared = policy.categories.flatMap((c) => c.services);
  const policyCookies = declared.flatMap((s) => s.cookies.map((c) => ({ ...c, service: s.id })));
  const policyStorage = declared.flatMap((s) => (s.technologies ?? []).filter((t) => t.kind.endsWith('storage')).map((t) => ({ ...t, service: s.id })));
  const undeclared: Mismatch[] = [
    ...[...cookies.values()]
      .filter((c) => c.name !== 'kelisim' && !policyCookies.some((p) => matches(p, c.name)))
      .map((c) => ({ kind: 'cookie' as const, name: c.name, service: serviceByCookie(c.name, c.domain)?.service.id })),
    ...[...storage]
      .filter(([key]) => !policyStorage.some((p) => matches(p, key)))
      .map(([key, kind]) => ({ kind, name: key, service: serviceByStorageKey(key)?.id })),
  ];
  const unseen: Mismatch[] = [
    ...policyCookies.filter((p) => ![...cookies.keys()].some((name) => matches(p, name))).map((p) => ({ kind: 'cookie' as const, name: p.name + (p.prefix ? '*' : ''), service: p.service })),
    ...policyStorage.filter((p) => ![...storage.keys()].some((key) => matches(p, key))).map((p) => ({ kind: p.kind as Mismatch['kind'], name: p.name + (p.prefix ? '*' : ''), service: p.service })),
  ];
  return { violations, undeclared, unseen };
}
