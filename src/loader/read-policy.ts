import { fetchPolicy } from '../core/fetch-policy';
import type { Lang } from '../core/policy-types';
import type { KelisimConfig } from '../types';
import { widgetLang } from '../i18n/detect-language';
import { policyUrl } from './policy-url';

/**
 * The policy the script tag's config names, not yet checked: fetched by URL (its `{lang}`, if any,
 * replaced by `lang`, default the widget's language; `request`: the fetch already under way for
 * it), the object given, or the inline `<script type="application/json" id="kelisim-policy">`.
 * Throws a message that says what to do when there is none or it is not JSON. (The UI and
 * policy-page chunks read it so; the loader does not.)
 */
export async function readPolicy(config: KelisimConfig, request?: Promise<Response>, lang?: Lang): Promise<unknown> {
  const url = config.policy;
  if (typeof url === 'string') return fetchPolicy(url.includes('{lang}') ? policyUrl(url, lang ?? widgetLang(config.lang)) : url, request);
  if (config.policy) return config.policy;
  const inline = document.getElementById('kelisim-policy');
  if (!inline) throw new Error('Kelisim: no policy given: set data-policy, an inline #kelisim-policy, or window.kelisimConfig.policy.');
  try {
    return JSON.parse(inline.textContent!);
  } catch (error) {
    throw new Error(`Kelisim: #kelisim-policy is not valid JSON (${(error as Error).message}); a "</script>" in a text ends it early: write "<" as "\\u003c".`);
  }
}
