import { encodeDecision } from './consent-cookie';
import type { ConsentStorage } from './consent-storage';
import type { ConsentStore } from './consent-state';
import type { Consent, ConsentChoices, ConsentMethod } from './consent-types';
import { privacySignal } from './privacy-signals';
import { assertLang, type ResolvedConsentConfig } from './resolve-consent-config';
import { uuidV4 } from './uuid';

/**
 * The write side of a consent instance over its state: decisions stored through `storage`
 * (a js-cookie instance) and reported. When nobody decided yet and the browser sends Global
 * Privacy Control (or Do Not Track, if enabled), every optional category is declined at once
 * (method `gpc`) — recorded silently; the widget says why.
 */
export function addConsentWrites(state: ConsentStore, config: ResolvedConsentConfig, storage: ConsentStorage): Consent {
  const { categories } = config;
  let lang = config.lang;

  const store = (method: ConsentMethod, granted: string[], report: 'silent' | 'consent') => {
    const decision = {
      granted: categories.filter((id) => granted.includes(id)),
      categories: [...categories],
      revision: state.revision,
      decidedAt: Date.now(),
      id: uuidV4(),
      lang,
      method,
    };
    storage.write(encodeDecision(decision));
    state.commit(decision, report);
    return decision;
  };
  const decide = (method: ConsentMethod, granted: string[]) => store(method, granted, 'consent');

  if (!state.get() && privacySignal(typeof navigator === 'undefined' ? undefined : navigator, config)) {
    store('gpc', [], 'silent');
  }

  const { commit, ...read } = state;
  return {
    ...read,
    acceptAll: () => decide('accept-all', categories),
    rejectAll: () => decide('reject-all', []),
    set(choices: ConsentChoices) {
      const ids = Array.isArray(choices) ? choices : Object.keys(choices);
      const unknown = ids.find((id) => id !== 'necessary' && !categories.includes(id));
      if (unknown !== undefined) {
        throw new Error(`Kelisim: unknown consent category "${unknown}"; this policy has: ${categories.join(', ') || '(none)'}.`);
      }
      return decide('custom', Array.isArray(choices) ? choices : ids.filter((id) => choices[id] === true));
    },
    // Withdrawal is a decision like any other: it grants nothing and the visitor chose it.
    withdraw: () => decide('custom', []),
    reset() {
      storage.remove();
      state.commit(null, 'change');
    },
    setLang(next) {
      assertLang(next);
      lang = next;
    },
  };
}
