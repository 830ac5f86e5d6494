import type { Policy } from '../../src/core/policy-types';
import { policyRevision } from '../../src/core/revision';
import { accentCss } from './accent-style';
import type { Settings } from './settings';

/** Where the site will host the loader and the policy JSON. */
export interface Hosting {
  scriptUrl: string;
  policyUrl: string;
}

/** The loader on a CDN that mirrors npm, at this version. */
export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/kelisim@${__KELISIM_VERSION__}/dist/kelisim.js`;

/** Where the policy JSON is published by default. */
export const DEFAULT_POLICY_URL = '/kelisim-policy.json';

/** Escape a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The `<script>` tag that shows this policy with these settings. It names the revision and the
 * optional categories, so the loader applies a stored decision without fetching the policy.
 */
export function scriptTag(policy: Policy, settings: Settings, hosting: Hosting): string {
  const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
  const attrs: [string, string?][] = [
    ['src', hosting.scriptUrl],
    ['data-policy', hosting.policyUrl],
    ['data-revision', policyRevision(policy)],
    ['data-categories', optional.join(' ')],
    ['data-lang', settings.lang],
    ['data-layout', settings.layout],
    ['data-theme', settings.theme],
  ];
  if (settings.googleConsentMode) attrs.push(['data-google-consent-mode']);
  const tag = `<script\n${attrs.map(([name, value]) => `  ${name}${value === undefined ? '' : `="${attribute(value)}"`}`).join('\n')}\n></script>`;
  const style = settings.accent ? `<style>\n  ${accentCss(settings.accent)}\n</style>\n` : '';
  return style + tag;
}

/** The JSON Schema of policies, published with the package. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/kelisim@${__KELISIM_VERSION__}/schema/kelisim-policy.schema.json`;

/**
 * The policy JSON to publish at the policy URL. A relative `$schema` (the samples point into
 * this repository) becomes the published schema's URL, so editors still find it.
 */
export function policyJson(policy: Policy): string {
  const schema = policy.$schema && !/^https?:/.test(policy.$schema) ? SCHEMA_URL : policy.$schema;
  return JSON.stringify(schema === policy.$schema ? policy : { ...policy, $schema: schema }, null, 2) + '\n';
}

/** Installing from npm, and the same widget and settings in a single-page app. */
export function npmSnippet(settings: Settings): string {
  const { lang, layout, theme, googleConsentMode } = settings;
  return [
    'npm install kelisim',
    '',
    `import { createConsent, mount, parsePolicy${googleConsentMode ? ', startIntegrations' : ''} } from 'kelisim';`,
    "import raw from './kelisim-policy.json';",
    '',
    'const policy = parsePolicy(raw);',
    `const consent = createConsent({ policy, lang: '${lang}' });`,
    ...(googleConsentMode
      ? ['startIntegrations(consent, { googleConsentMode: true }, { win: window, doc: document, policy });']
      : []),
    `mount(consent, { policy, lang: '${lang}', layout: '${layout}', theme: '${theme}' });`,
  ].join('\n');
}
