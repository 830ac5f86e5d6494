import { createContext } from 'react';
import type { Consent, ConsentDecision, Lang, Policy } from '../core/index';
import type { WidgetHandle } from '../index';

/** What the provider shares: the one consent instance, the widget (once mounted), the server's decision. */
export interface KelisimContextValue {
  consent: Consent;
  /** The policy the instance was made with (an embed placeholder names its service from it). */
  policy: Policy;
  /** The language the provider was given, if any. */
  lang?: Lang;
  /** The mounted widget, set in the browser once the provider's effect has run. */
  widget: { current: WidgetHandle | undefined };
  /** The decision the server rendered with (`readDecision`), used until hydration is done. */
  serverDecision: ConsentDecision | null;
}

/** The provider's context; null outside a `<KelisimProvider>`. */
export const KelisimContext = createContext<KelisimContextValue | null>(null);
