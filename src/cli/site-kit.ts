// The site kit's generated files, from a valid policy. Pure (no Node imports): `kelisim build`
// writes them to disk, and the demo's builder can put the same files into its zip.
import { policyForLanguage, policyLanguages } from '../core/policy-language';
import type { Lang, Localized, Policy } from '../core/policy-types';
import { policyRevision } from '../core/revision';
import { renderPolicyPageHtml } from '../policy-page/render-html';
import { text } from './texts';

/** The full policy's file name in the kit (the per-language ones are `policy.<lang>.json`). */
export const KIT_POLICY = 'kelisim-policy.json';

/** One generated file of the kit: its name in the kit's folder and its text. */
export interface SiteKitFile {
  name: string;
  content: string;
}

/** How the kit is generated. */
export interface SiteKitOptions {
  /** The URL the kit is served from, for the snippet to copy (`snippet.html`, index.html). @default '/kelisim/' */
  base?: string;
  /** The language of index.html's own texts. @default 'en' */
  lang?: Lang;
  /** The policy file as its owner wrote it, kept byte for byte. @default the policy as indented JSON */
  policyText?: string;
}

/** Each language's name in itself, for index.html's links. */
const NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The per-language policy file's name, `policy.{lang}.json` when the policy has two or more languages (the loader fills in the shown one). */
export function kitPolicyName(policy: Policy): string {
  const languages = policyLanguages(policy);
  return `policy.${languages.length === 1 ? languages[0] : '{lang}'}.json`;
}

/**
 * The script tag for a kit served from `base` (a URL ending in `/`, or `''` for the page's own
 * folder): the per-language policy, its revision and the optional categories, so a returning
 * visitor fetches nothing.
 */
export function kitSnippet(policy: Policy, base = '/kelisim/'): string {
  const dir = base === '' || base.endsWith('/') ? base : `${base}/`;
  const optional = policy.categories.map((c) => c.id).filter((id) => id !== 'necessary');
  const categories = optional.length ? ` data-categories="${escapeHtml(optional.join(' '))}"` : '';
  const revision = escapeHtml(policyRevision(policy));
  return `<script src="${escapeHtml(dir)}kelisim.js" data-policy="${escapeHtml(dir + kitPolicyName(policy))}" data-revision="${revision}"${categories}></script>`;
}

/** index.html: the kit's own page, with the banner (loaded from this folder), the snippet to copy and links to the privacy pages. */
function indexHtml(policy: Policy, languages: readonly Lang[], lang: Lang, base: string): string {
  const name = policy.operator.name as Partial<Localized>;
  const operator = name[lang] || languages.map((l) => name[l]).find(Boolean) || '';
  const t = (key: Parameters<typeof text>[1], params: Record<string, string> = {}) => escapeHtml(text(lang, key, params));
  const pages = languages.map((l) => `<li><a href="privacy.${l}.html" hreflang="${l}" lang="${l}">${NAMES[l]}</a></li>`).join('');
  const fragments = languages.map((l) => `<code>privacy.${l}.fragment.html</code>`).join(', ');
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${t('kitTitle', { operator })}</title>\n` +
    `${kitSnippet(policy, '')}\n` +
    `<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem}pre{overflow-x:auto;padding:.75rem;background:#f3f3f3;white-space:pre-wrap;word-break:break-all}</style>\n` +
    `</head><body><main>\n<h1>${t('kitTitle', { operator })}</h1>\n<p>${t('kitIntro')}</p>\n` +
    `<h2>${t('kitSnippet')}</h2>\n<p>${t('snippet')}</p>\n<pre><code>${escapeHtml(kitSnippet(policy, base))}</code></pre>\n` +
    `<h2>${t('kitPages')}</h2>\n<ul>${pages}</ul>\n<p>${t('kitFragments')} ${fragments}</p>\n` +
    `<p><button type="button" data-kelisim="open-settings">${t('kitSettings')}</button></p>\n</main></body></html>\n`
  );
}

/**
 * Every generated file of the kit for a valid `policy` (the loader and its chunks are copied
 * beside them by the caller): the full policy, `policy.<lang>.json` per language the policy has,
 * `privacy.<lang>.html` (with a switcher linking the siblings) and `privacy.<lang>.fragment.html`
 * (for a CMS page, no switcher), `snippet.html` and `index.html`. The same policy gives the same
 * bytes. Throws a `PolicyError` when the policy is not valid.
 */
export function siteKitFiles(policy: Policy, options: SiteKitOptions = {}): SiteKitFile[] {
  const languages = policyLanguages(policy);
  const base = options.base ?? '/kelisim/';
  const files: SiteKitFile[] = [{ name: KIT_POLICY, content: options.policyText ?? `${JSON.stringify(policy, null, 2)}\n` }];
  for (const lang of languages) {
    files.push({ name: `policy.${lang}.json`, content: JSON.stringify(policyForLanguage(policy, lang)) });
    files.push({ name: `privacy.${lang}.html`, content: renderPolicyPageHtml(policy, lang, { languages }) });
    files.push({ name: `privacy.${lang}.fragment.html`, content: `${renderPolicyPageHtml(policy, lang, { fragment: true })}\n` });
  }
  files.push({ name: 'snippet.html', content: `${kitSnippet(policy, base)}\n` });
  files.push({ name: 'index.html', content: indexHtml(policy, languages, options.lang ?? 'en', base) });
  return files;
}

