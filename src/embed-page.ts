// The policy-page chunk of the script tag (dist/kelisim-page.js, a classic script): renders the
// privacy-policy notice into `<div data-kelisim="policy-page">` from the policy the tag knows,
// ending with the visitor's decision and a "change my choice" button. The loader loads it once
// the page is parsed and idle, only when such an element is there.
import type { ConsentState } from './core/consent-types';
import { guardPolicy } from './core/guard-policy';
import { detectLang } from './i18n/detect-language';
import { readPolicy } from './loader/read-policy';
import { register } from './loader/register';
import { mountPolicyPage } from './policy-page/mount-policy-page';
import type { KelisimConfig } from './types';

/**
 * Reads and guards the policy (fetching it when the tag gives its URL), then renders the page
 * into `element` in its `data-lang`, else `<html lang>`, with the decision of `state`, kept
 * current. Never rejects: a problem is reported to the console once and nothing is rendered.
 */
async function start(element: Element, config: KelisimConfig, state: ConsentState): Promise<void> {
  try {
    // The page's language, as mountPolicyPage chooses it: also the file read when the URL has `{lang}`.
    const lang = detectLang({ explicit: element.getAttribute('data-lang'), htmlLang: document.documentElement.lang });
    const policy = guardPolicy(await readPolicy(config, undefined, lang));
    mountPolicyPage(element, policy, { lang, consent: state });
  } catch (error) {
    console.error((error as Error).message ?? error);
  }
}

/** What the policy-page chunk hands to the loader. */
export interface PageChunk {
  start: typeof start;
}

register('page', { start } satisfies PageChunk);
