import { fetchPolicy } from '../core/fetch-policy';
import type { KelisimConfig } from '../types';

/**
 * The policy the script tag's config names, not yet checked: fetched by URL (`request`: the
 * fetch already under way for it), the object given, or the inline `<script
 * type="application/json" id="kelisim-policy">`. Throws a message that says what to do when
 * there is none or it is not JSON. (The UI and policy-page chunks read it so; the loader does not.)
 */
export async function readPolicy(config: KelisimConfig, request?: Promise<Response>): Promise<unknown> {
  if (typeof config.policy === 'string') return fetchPolicy(config.policy, request);
  if (config.policy) return config.policy;
  const inline = document.getElementById('kelisim-policy');
  if (!inline) throw new Error('Kelisim: no policy given: set data-policy, an inline #kelisim-policy, or window.kelisimConfig.policy.');
  try {
    return JSON.parse(inline.textContent!);
  } catch (error) {
    throw new Error(`Kelisim: #kelisim-policy is not valid JSON (${(error as Error).message}); a "</script>" in a text ends it early: write "<" as "\\u003c".`);
  }
}
