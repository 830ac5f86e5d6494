import { computed, inject, type ComputedRef, type Ref } from 'vue';
import { decisionGrants, type ConsentChoices, type ConsentDecision } from '../core/index';
import type { ConsentActions } from '../core/consent-actions';
import { KELISIM, type KelisimState } from './plugin';
import type { CategoryId } from './register';

/** What `useConsent()` gives: the decision as a ref, and the actions that change it. */
export interface ConsentView extends ConsentActions<CategoryId> {
  /** The current valid decision, or null while the visitor has not decided. */
  decision: Readonly<Ref<ConsentDecision | null>>;
  /** Whether a category is granted, as a computed ref (`necessary` always is). */
  has(category: CategoryId | 'necessary'): ComputedRef<boolean>;
}

function useKelisim(): KelisimState {
  const state = inject(KELISIM, null);
  if (!state) throw new Error('Kelisim: useConsent() needs the plugin: app.use(createKelisim(policy)) before mounting the app.');
  return state;
}

/** The decision and the actions, as refs that follow every change. */
export function useConsent(): ConsentView;
/** Whether `category` is granted, as a computed ref that follows every change. */
export function useConsent(category: CategoryId | 'necessary'): ComputedRef<boolean>;
export function useConsent(category?: string): ConsentView | ComputedRef<boolean> {
  const { consent, decision, widget } = useKelisim();
  const has = (id: string) => computed(() => decisionGrants(consent, decision.value, id));
  if (category !== undefined) return has(category);
  return {
    decision,
    has,
    acceptAll: () => consent.acceptAll(),
    rejectAll: () => consent.rejectAll(),
    set: (choices) => consent.set(choices as ConsentChoices),
    withdraw: () => consent.withdraw(),
    reset: () => consent.reset(),
    openSettings: () => widget()?.open(),
    consent,
  };
}
