// The lazily loaded half of the script tag (dist/kelisim-ui.js): validates the policy, adds the
// write side of the consent store, and mounts the widget. Only a visitor who must be asked, or
// who opens the settings or decides through the JS API, downloads it.
import type { ConsentStore } from './core/consent-state';
import { createConsentStorage } from './core/consent-storage';
import type { Consent } from './core/consent-types';
import { addConsentWrites } from './core/consent-writes';
import { fetchPolicy } from './core/fetch-policy';
import type { ResolvedConsentConfig } from './core/resolve-consent-config';
import { policyRevision } from './core/revision';
import { warningsText } from './core/policy-error';
import { parsePolicy } from './core/validate-policy';
import { logDecision, resendPending } from './integrations/consent-log';
import { startCookieCleanup } from './integrations/start-cookie-cleanup';
import { mount, type WidgetHandle } from './ui/mount';
import type { KelisimConfig } from './types';

/** The started widget as the loader drives it, with the consent store that records decisions. */
export interface Widget extends WidgetHandle {
  consent: Consent;
}

/**
 * The config completed for the loader when its tag gives no revision: the policy fetched and
 * validated, its revision and categories worked out. Null (with every problem reported to the
 * console) when there is no valid policy.
 */
export async function prepare(config: KelisimConfig): Promise<KelisimConfig | null> {
  try {
    if (!config.policy) {
      throw new Error('Kelisim: no policy given: set data-policy, an inline #kelisim-policy, or window.kelisimConfig.policy.');
    }
    const policy = parsePolicy(typeof config.policy === 'string' ? await fetchPolicy(config.policy) : config.policy);
    return { ...config, policy, revision: policyRevision(policy) };
  } catch (error) {
    console.error((error as Error).message ?? error);
    return null;
  }
}

/**
 * Validates the policy, adds the write side to the loader's consent state and mounts the
 * widget (`request`: the policy's fetch, already started by the loader). On a bad policy it reports every problem to the console, shows nothing and grants
 * nothing (resolves to null).
 */
export async function start(
  state: ConsentStore,
  resolved: ResolvedConsentConfig,
  config: KelisimConfig,
  request?: Promise<Response>,
): Promise<Widget | null> {
  try {
    const raw = typeof config.policy === 'string' ? await fetchPolicy(config.policy, request) : config.policy;
    const policy = parsePolicy(raw, { onWarnings: (warnings) => console.warn(warningsText(warnings)) });
    const revision = policyRevision(policy);
    if (revision !== state.revision) {
      throw new Error(
        `Kelisim: the policy's revision is "${revision}" but the script tag says data-revision="${state.revision}". ` +
          "Update data-revision to the policy's revision, so returning visitors are asked again when it changes.",
      );
    }
    const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
    if (optional.sort().join() !== [...state.categories].sort().join()) {
      throw new Error(
        `Kelisim: data-categories="${state.categories.join(' ')}" but the policy's optional categories are "${optional.join(' ')}". Make them the same.`,
      );
    }
    const before = state.get();
    const consent = addConsentWrites(state, resolved, createConsentStorage(resolved.cookie));
    // Global Privacy Control declined everything just now: the banner says why.
    const notice = !before && consent.get()?.method === 'gpc' ? 'gpc' : undefined;
    startCookieCleanup(consent, policy);
    const { consentLog } = config;
    if (consentLog) {
      void resendPending(consentLog);
      consent.on('consent', (decision) => void logDecision(decision, policy, consentLog));
    }
    // The loader runs in <head>: a fast (cached) UI bundle can be here before <body> is.
    if (!document.body) await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    return { ...mount(consent, { ...config, policy, notice }), consent };
  } catch (error) {
    console.error((error as Error).message ?? error);
    return null;
  }
}
