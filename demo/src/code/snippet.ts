import type { Lang, Policy } from '../../../src/core/policy-types';
import { policyRevision } from '../../../src/core/revision';
import { hasGoogleService } from '../builder/catalogue-service';
import { accentCss } from '../shared/accent-style';
import type { Settings } from '../preview/settings';

/** Where the loader and the policy come from, and what the tag says. */
export interface TagOptions {
  /** The loader's URL. */
  scriptUrl: string;
  /** The policy's URL (`{lang}` for per-language files), or `inline` to put the policy in the page. */
  policy: string | 'inline';
  /** Fix the banner's language (`data-lang`); by default the widget follows the page. */
  lang?: Lang;
}

/** The loader on the jsDelivr CDN (mirrors npm) at this version: available once the package is published. */
export const CDN_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/kelisim@${__KELISIM_VERSION__}/dist/kelisim.js`;

/** Where the site kit's files go on the owner's own site. */
export const SELF_SCRIPT_URL = '/kelisim/kelisim.js';
/** One file per language by default (the kit holds them): a visitor downloads only the language shown. */
export const SELF_POLICY_URL = '/kelisim/policy.{lang}.json';

/** Escape a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The JSON Schema of policies, published with the package. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/kelisim@${__KELISIM_VERSION__}/schema/kelisim-policy.schema.json`;

/**
 * The policy JSON to publish. A relative `$schema` (the samples point into this repository)
 * becomes the published schema's URL, so editors still find it.
 */
export function policyJson(policy: Policy): string {
  const schema = policy.$schema && !/^https?:/.test(policy.$schema) ? SCHEMA_URL : policy.$schema;
  return JSON.stringify(schema === policy.$schema ? policy : { ...policy, $schema: schema }, null, 2) + '\n';
}

/** The policy inside the page, for hosts that cannot serve a JSON file (Tilda); every `<` escaped. */
export function inlinePolicy(policy: Policy): string {
  const json = JSON.stringify(policy).replace(/</g, '\\u003c');
  return `<script type="application/json" id="kelisim-policy">${json}</script>`;
}

/**
 * The Kelisim `<script>` tag. It names the revision and the optional categories, so the loader
 * applies a returning visitor's decision without fetching the policy; Consent Mode only when a
 * Google service is in the policy; `data-lang` only when asked for; layout and theme only when
 * not the defaults. With an inline policy the `#kelisim-policy` element comes first.
 */
export function scriptTag(policy: Policy, settings: Settings, options: TagOptions): string {
  const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
  const attrs: [string, string?][] = [['src', options.scriptUrl]];
  if (options.policy !== 'inline') attrs.push(['data-policy', options.policy]);
  attrs.push(['data-revision', policyRevision(policy)]);
  // A policy with no optional category has nothing to list (the loader would ignore an empty list).
  if (optional.length) attrs.push(['data-categories', optional.join(' ')]);
  if (options.lang) attrs.push(['data-lang', options.lang]);
  if (settings.layout !== 'bar') attrs.push(['data-layout', settings.layout]);
  if (settings.theme !== 'auto') attrs.push(['data-theme', settings.theme]);
  if (hasGoogleService(policy)) attrs.push(['data-google-consent-mode']);
  const tag = `<script\n${attrs.map(([name, value]) => `  ${name}${value === undefined ? '' : `="${attribute(value)}"`}`).join('\n')}\n></script>`;
  const style = settings.accent ? `<style>\n  ${accentCss(settings.accent)}\n</style>\n` : '';
  const inline = options.policy === 'inline' ? inlinePolicy(policy) + '\n' : '';
  return style + inline + tag;
}

/** Installing from npm, and the same widget and settings in a single-page app. */
export function npmSnippet(policy: Policy, settings: Settings): string {
  const { layout, theme } = settings;
  const gcm = hasGoogleService(policy);
  return [
    'npm install kelisim',
    '',
    `import { createConsent, mount, parsePolicy${gcm ? ', startIntegrations' : ''} } from 'kelisim';`,
    "import raw from './kelisim-policy.json';",
    '',
    'const policy = parsePolicy(raw);',
    'const consent = createConsent({ policy });',
    ...(gcm ? ['startIntegrations(consent, { googleConsentMode: true }, { win: window, doc: document, policy });'] : []),
    `mount(consent, { policy, layout: '${layout}', theme: '${theme}' });`,
  ].join('\n');
}

/** The "Cookie settings" link for the site's footer, in kk, ru and en: it opens the settings. */
export function footerLink(lang: Lang): string {
  const label = { kk: 'Cookie баптаулары', ru: 'Настройки cookie', en: 'Cookie settings' }[lang];
  return `<a href="#" data-kelisim="open-settings">${label}</a>`;
}
