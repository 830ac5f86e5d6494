// The lazily loaded half of the script tag (dist/kelisim-ui.js): resolves and validates the
// policy, then mounts the widget. Only a visitor who must be asked, or who opens the settings,
// downloads it.
import { fetchPolicy } from './core/fetch-policy';
import { policyRevision } from './core/revision';
import { parsePolicy } from './core/validate-policy';
import { logDecision } from './integrations/consent-log';
import { mount, type WidgetHandle } from './ui/mount';
import type { Consent, ConsentDecision } from './core/consent-types';
import type { KelisimConfig } from './types';

/** The started widget, as the loader drives it. */
export type Widget = WidgetHandle;

/** What the loader asks the widget to show first. */
export interface StartOptions {
  /** Show the banner saying that Global Privacy Control declined the optional categories. */
  notice?: 'gpc';
  /** A decision made (through the JS API) before the widget loaded, to log as a receipt. */
  log?: ConsentDecision;
}

/**
 * Validates the policy and mounts the widget; on a bad policy reports every problem to the
 * console, shows nothing and grants nothing (resolves to null).
 */
export async function start(consent: Consent, config: KelisimConfig, options: StartOptions = {}): Promise<Widget | null> {
  try {
    const raw = typeof config.policy === 'string' ? await fetchPolicy(config.policy) : config.policy;
    const policy = parsePolicy(raw);
    const revision = policyRevision(policy);
    if (revision !== consent.revision) {
      throw new Error(
        `Kelisim: the policy's revision is "${revision}" but the script tag says data-revision="${consent.revision}". ` +
          'Update data-revision to the policy\'s revision, so returning visitors are asked again when it changes.',
      );
    }
    const { consentLog } = config;
    if (consentLog) {
      if (options.log) logDecision(options.log, policy, consentLog, window);
      consent.on('consent', (decision) => logDecision(decision, policy, consentLog, window));
    }
    return mount(consent, { ...config, policy, notice: options.notice });
  } catch (error) {
    console.error((error as Error).message ?? error);
    return null;
  }
}
