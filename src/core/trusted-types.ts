/** The two conversions Kelisim needs: gated script text and script URLs. */
export interface KelisimPolicy {
  /** Script text the host page wrote into a gated `<script>`. */
  createScript(text: string): string;
  /** A gated script's `src`, or a tracker loader's URL. */
  createScriptURL(url: string): string;
}

const pass = (value: string) => value;
const PASS: KelisimPolicy = { createScript: pass, createScriptURL: pass };
/**
 * Where the policy is kept: on the browser's `trustedTypes` itself, because the loader, the
 * trackers' bundle and both npm entries each hold a copy of this module, while a page may
 * create a policy name only once (unless its CSP says `'allow-duplicates'`).
 */
const KEY = 'kelisim';

/** The part of the browser's `TrustedTypePolicyFactory` used here, with the policy kept on it. */
type Factory = { [KEY]?: KelisimPolicy; createPolicy(name: string, rules: KelisimPolicy): KelisimPolicy };

/**
 * The `kelisim` Trusted Types policy, created on first use where the browser has Trusted Types
 * (CSP `require-trusted-types-for 'script'; trusted-types kelisim`). It passes on, unchanged,
 * only what the host page itself wrote (its gated scripts' text and `src`) and the tracker URLs
 * of its config. Where the browser has none, or the page's CSP refuses the name (the browser then
 * reports it), strings are used as they are.
 */
export function trustedTypes(): KelisimPolicy {
  try {
    const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes!;
    return (factory[KEY] ??= factory.createPolicy('kelisim', PASS));
  } catch {
    // No Trusted Types here (no factory), or the page's CSP refused the name.
    return PASS;
  }
}
