import { decodeDecision } from './consent-cookie';
import type { ConsentDecision, ConsentEvents, ConsentState } from './consent-types';
import { createEmitter, type Emitter } from './emitter';
import type { ResolvedConsentConfig } from './resolve-consent-config';

/** Clocks disagree a little: a decision up to 5 minutes "in the future" still counts. */
const CLOCK_SKEW = 5 * 60_000;

/** Ids in `a` that are not in `b`. */
const minus = (a: string[], b: string[]) => a.filter((id) => !b.includes(id));

/** A decision's granted categories and services (none for no decision). */
const lists = (d: ConsentDecision | null): [string[], string[]] => [d?.granted ?? [], d?.services ?? []];

/** How a new decision is reported: not at all, as a change, or as the visitor's decision and a change. */
export type Report = 'silent' | 'change' | 'consent';

/**
 * The shared state of a consent instance; the write side records decisions through `commit`.
 * `refresh` commits what it re-read as `store.commit(decision, 'change')`, looked up on the store
 * at each call, so the write side may wrap `commit` (to keep a decision the cookie could not hold).
 */
export interface ConsentStore extends ConsentState {
  /** Make `decision` the known one and report it as `report` says. */
  commit(decision: ConsentDecision | null, report: Report): void;
  /** Report an event to the instance's listeners and to `window` (the write side's `language`). */
  emit: Emitter<ConsentEvents>['emit'];
}

/**
 * The read side over a raw cookie reader: the stored decision while it still applies (same
 * revision, same categories asked, not expired, not from the future), listeners, re-reading.
 * Emits `ready` once, in a microtask, so listeners added right after creation hear it.
 */
export function createConsentState(config: ResolvedConsentConfig, readCookie: () => string | undefined): ConsentStore {
  const { revision, categories, cookie } = config;
  const events = createEmitter<ConsentEvents>();

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
  const read = () => valid(decodeDecision(readCookie()));
  let known = read();

  const state: ConsentStore = {
    revision,
    categories: Object.freeze([...categories]),
    get: () => valid(known),
    // A service: granted alone, or with its whole category (read from `config.services` at each
    // call: the widget fills it in once it has the policy). A category id always means the category.
    has: (id) => {
      const d = state.get();
      return id === 'necessary' || (!!d && (d.granted.includes(id) || (!state.categories.includes(id) && (!!d.services?.includes(id) || d.granted.includes(config.services?.[id]!)))));
    },
    refresh() {
      const next = read();
      // Decision ids are random per decision: the same id is the same decision.
      if (state.get()?.id !== next?.id) state.commit(next, 'change');
    },
    on: events.on,
    emit: events.emit,
    commit(decision, report) {
      const previous = state.get();
      known = decision;
      if (report === 'silent') return;
      if (report === 'consent' && decision) events.emit('consent', decision);
      const [before, was] = lists(previous);
      const [after, now] = lists(decision);
      const grantedServices = minus(now, was);
      const revokedServices = minus(was, now);
      events.emit('change', { decision, previous, granted: minus(after, before), revoked: minus(before, after), grantedServices, revokedServices });
    },
  };
  queueMicrotask(() => events.emit('ready', state.get()));
  return state;
}
