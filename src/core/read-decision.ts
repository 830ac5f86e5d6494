import { createConsentState } from './consent-state';
import type { ConsentDecision, CookieOptions } from './consent-types';
import type { Policy } from './policy-types';
import { resolveConsentConfig } from './resolve-consent-config';
import { policyRevision } from './revision';

/** Options of `readDecision`: the decision cookie's name, if the site changed it. */
export interface ReadDecisionOptions {
  cookie?: Pick<CookieOptions, 'name'>;
}

/** The value of cookie `name` in a `Cookie` request header, decoded as js-cookie writes it. */
function cookieValue(header: string, name: string): string | undefined {
  for (const pair of header.split(/;\s*/)) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    const raw = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return raw.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The visitor's decision from a request's `Cookie` header, on the server (no `window`): the
 * same rules as in the browser — null when there is none, or it was made on another revision,
 * about other categories, has expired or is malformed. For server rendering the right content
 * at once (a Next.js server component: `readDecision((await headers()).get('cookie'), policy)`).
 */
export function readDecision(
  cookieHeader: string | null | undefined,
  policy: Policy,
  options: ReadDecisionOptions = {},
): ConsentDecision | null {
  const config = resolveConsentConfig({ policy, revision: policyRevision(policy), cookie: options.cookie });
  const raw = cookieHeader ? cookieValue(cookieHeader, config.cookie.name) : undefined;
  return createConsentState(config, () => raw).get();
}
