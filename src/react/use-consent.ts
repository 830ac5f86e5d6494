import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { decisionGrants, type Consent, type ConsentChoices, type ConsentDecision } from '../core/index';
import type { ConsentActions } from '../core/consent-actions';
import { KelisimContext, type KelisimContextValue } from './context';
import type { CategoryId } from './register';

/** What `useConsent()` gives: the decision, and the actions that change it. */
export interface ConsentView extends ConsentActions<CategoryId> {
  /** The current valid decision, or null while the visitor has not decided. */
  decision: ConsentDecision | null;
  /** Whether a category is granted now (`necessary` always is). */
  has(category: CategoryId | 'necessary'): boolean;
}

function useKelisim(): KelisimContextValue {
  const value = useContext(KelisimContext);
  if (!value) throw new Error('Kelisim: useConsent() and <Consent> must be used inside <KelisimProvider policy={…}>; wrap your app (or root layout) in it.');
  return value;
}

/** The current decision, re-rendering on every change (a decision, a withdrawal, another tab). */
function useDecision({ consent, serverDecision }: KelisimContextValue): ConsentDecision | null {
  const subscribe = useCallback((onChange: () => void) => consent.on('change', onChange), [consent]);
  return useSyncExternalStore(subscribe, consent.get, () => serverDecision);
}

/** The decision and the actions; re-renders on every change. */
export function useConsent(): ConsentView;
/** Whether `category` is granted; re-renders when that changes. */
export function useConsent(category: CategoryId | 'necessary'): boolean;
export function useConsent(category?: string): ConsentView | boolean {
  const context = useKelisim();
  const decision = useDecision(context);
  const { consent, widget } = context;
  const view = useMemo<ConsentView>(
    () => ({
      decision,
      has: (id) => decisionGrants(consent, decision, id),
      acceptAll: () => consent.acceptAll(),
      rejectAll: () => consent.rejectAll(),
      set: (choices) => consent.set(choices as ConsentChoices),
      withdraw: () => consent.withdraw(),
      reset: () => consent.reset(),
      openSettings: () => widget.current?.open(),
      consent,
    }),
    [consent, decision, widget],
  );
  return category === undefined ? view : decisionGrants(consent, decision, category);
}
