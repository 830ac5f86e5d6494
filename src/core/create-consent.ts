import { decodeDecision, encodeDecision } from './consent-cookie';
import { createConsentStorage } from './consent-storage';
import type { Consent, ConsentChoices, ConsentConfig, ConsentDecision, ConsentEvents, ConsentMethod } from './consent-types';
import { createEmitter } from './emitter';
import { privacySignal } from './privacy-signals';
import { assertLang, resolveConsentConfig } from './resolve-consent-config';
import { uuidV4 } from './uuid';

/** Clocks disagree a little: a decision up to 5 minutes "in the future" still counts. */
const CLOCK_SKEW = 5 * 60_000;

/** Ids in `a` that are not in `b`. */
const minus = (a: string[], b: string[]) => a.filter((id) => !b.includes(id));

/** A consent instance over the decision cookie; instances share nothing but that cookie. */
export function createConsent(config: ConsentConfig): Consent {
  const { revision, categories, cookie, gpc, dnt, lang: firstLang } = resolveConsentConfig(config);
  const storage = createConsentStorage(cookie);
  const events = createEmitter<ConsentEvents>();
  let lang = firstLang;

  /** The decision if it still applies now: same revision, same categories asked, not expired. */
  const valid = (d: ConsentDecision | null): ConsentDecision | null => {
    const now = Date.now();
    return d &&
      d.revision === revision &&
      d.categories.length === categories.length &&
      categories.every((id) => d.categories.includes(id)) &&
      d.decidedAt <= now + CLOCK_SKEW &&
      now - d.decidedAt <= cookie.days * 864e5
      ? d
      : null;
  };
  const read = () => valid(decodeDecision(storage.read()));

  let known = read();

  /** Report a change from `previous` to `decision`, with the categories that flipped. */
  const change = (previous: ConsentDecision | null, decision: ConsentDecision | null) => {
    const before = previous?.granted ?? [];
    const after = decision?.granted ?? [];
    events.emit('change', { decision, previous, granted: minus(after, before), revoked: minus(before, after) });
  };

  /** Store a new decision granting `granted`. */
  const store = (method: ConsentMethod, granted: string[]): ConsentDecision => {
    const decision: ConsentDecision = {
      granted: categories.filter((id) => granted.includes(id)),
      categories: [...categories],
      revision,
      decidedAt: Date.now(),
      id: uuidV4(),
      lang,
      method,
    };
    storage.write(encodeDecision(decision));
    known = decision;
    return decision;
  };

  /** Store a visitor's decision and report it as `consent` and `change`. */
  const decide = (method: ConsentMethod, granted: string[]): ConsentDecision => {
    const previous = api.get();
    const decision = store(method, granted);
    events.emit('consent', decision);
    change(previous, decision);
    return decision;
  };

  // The browser asks not to be tracked and nobody decided yet: decline everything optional.
  if (!known && privacySignal(typeof navigator === 'undefined' ? undefined : navigator, { gpc, dnt })) {
    store('gpc', []);
  }

  const api: Consent = {
    revision,
    categories: Object.freeze([...categories]),
    get: () => valid(known),
    has: (category) => category === 'necessary' || !!api.get()?.granted.includes(category),
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
      const previous = api.get();
      storage.remove();
      known = null;
      change(previous, null);
    },
    refresh() {
      const previous = api.get();
      known = read();
      const next = api.get();
      if ((previous && encodeDecision(previous)) !== (next && encodeDecision(next))) change(previous, next);
    },
    setLang(next) {
      assertLang(next);
      lang = next;
    },
    on: events.on,
  };

  // A microtask, so `on('ready')` registered right after createConsent still hears it.
  Promise.resolve().then(() => events.emit('ready', api.get()));
  return api;
}
