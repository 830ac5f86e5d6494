import { encodeDecision } from './consent-cookie';
import { grantedLists } from './consent-services';
import type { ConsentStorage } from './consent-storage';
import type { ConsentStore, Report } from './consent-state';
import type { Consent, ConsentChoices, ConsentDecision, ConsentMethod } from './consent-types';
import { privacySignal } from './privacy-signals';
import { assertLang, type ResolvedConsentConfig } from './resolve-consent-config';
import { uuidV4 } from './uuid';

/**
 * The write side of a consent instance over its state: decisions stored through `storage`
 * (a js-cookie instance) and reported. When nobody decided yet and the browser sends Global
 * Privacy Control (or Do Not Track, if enabled), every optional category is declined at once
 * (method `gpc`) — recorded silently; the widget says why.
 *
 * The same decision asked for again while it is being applied — in the same task: three clicks
 * on "Accept all" in one tick, API calls queued behind the widget's loading — is that one
 * decision: it is returned again, with no second write, event or receipt. A different decision
 * is a new one. A decision the cookie could not hold (cookies blocked, a `domain` that does not
 * match the host) is kept for this page and never read as a withdrawal; the storage says why.
 */
export function addConsentWrites(state: ConsentStore, config: ResolvedConsentConfig, storage: ConsentStorage): Consent {
  const { categories, services: map = {} } = config;
  let lang = config.lang;
  let applying: { key: string; decision: ConsentDecision } | undefined;
  // Where cookies cannot be read at all, the storage says so now, not at the first decision.
  storage.read();

  // A decision the cookie could not hold stays for this page: re-reading the cookie (`refresh`
  // on focus, on a message from another tab) finds nothing, or an older decision, and must not
  // undo it — only a newer decision stored by another tab replaces it.
  const record = state.commit;
  let unstored: ConsentDecision | null = null;
  state.commit = (decision, report) => {
    if (unstored && !(decision && decision.decidedAt > unstored.decidedAt)) return;
    unstored = null;
    record(decision, report);
  };
  const commit = (decision: ConsentDecision | null, report: Report, stored = true) => {
    unstored = stored ? null : decision;
    record(decision, report);
  };

  // `chosen`: category ids (each with all its services) and service ids.
  const store = (method: ConsentMethod, chosen: readonly string[], report: 'silent' | 'consent') => {
    const { granted: ids, services } = grantedLists(chosen, categories, map);
    const key = `${method}:${ids.join('.')}:${services.join('.')}`;
    if (applying?.key === key && state.get() === applying.decision) return applying.decision;
    const decision: ConsentDecision = {
      granted: ids,
      services,
      categories: [...categories],
      revision: state.revision,
      decidedAt: Date.now(),
      id: uuidV4(),
      lang,
      method,
    };
    const current = (applying = { key, decision });
    // A later task is a new action, even with the same choice (a visitor confirming it again).
    setTimeout(() => {
      if (applying === current) applying = undefined;
    });
    commit(decision, report, storage.write(encodeDecision(decision)));
    return decision;
  };
  const decide = (method: ConsentMethod, chosen: readonly string[]) => store(method, chosen, 'consent');

  if (!state.get() && privacySignal(typeof navigator === 'undefined' ? undefined : navigator, config)) {
    store('gpc', [], 'silent');
  }

  const { commit: _, ...read } = state;
  return {
    ...read,
    acceptAll: () => decide('accept-all', categories),
    rejectAll: () => decide('reject-all', []),
    set(choices: ConsentChoices) {
      const ids = Array.isArray(choices) ? choices : Object.keys(choices);
      const unknown = ids.find((id) => id !== 'necessary' && !categories.includes(id) && !(id in map));
      if (unknown !== undefined) {
        const services = Object.keys(map).length ? `; services: ${Object.keys(map).join(', ')}` : '';
        throw new Error(`Kelisim: unknown consent category "${unknown}"; this policy has: ${categories.join(', ') || '(none)'}${services}.`);
      }
      if (Array.isArray(choices)) return decide('custom', choices);
      // In a map a service's own value wins over its category's.
      const on = (id: string): boolean => (typeof choices[id] === 'boolean' ? choices[id] : id in map && on(map[id]!));
      // (A category with services is granted through them, so it is not passed on itself.)
      const services = Object.keys(map).filter(on);
      const bare = categories.filter((id) => choices[id] === true && !Object.values(map).includes(id));
      return decide('custom', [...services, ...bare]);
    },
    // Withdrawal is a decision like any other: it grants nothing and the visitor chose it.
    withdraw: () => decide('custom', []),
    reset() {
      applying = undefined;
      storage.remove();
      commit(null, 'change');
    },
    setLang(next) {
      assertLang(next);
      if (next === lang) return;
      lang = next;
      state.emit('language', { lang });
    },
  };
}
