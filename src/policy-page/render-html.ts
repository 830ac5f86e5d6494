import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Lang, Policy } from '../core/policy-types';
import { parsePolicy } from '../core/validate-policy';
import { createPageTexts } from './page-texts';
import { PolicyPage } from './policy-page';

/** How to render the static page. */
export interface RenderPolicyPageOptions {
  /** Only the page's own markup (with its `<style>`), to paste into a CMS page. @default false */
  fragment?: boolean;
  /** The languages the page is published in: a switcher and `hreflang` links when two or more. */
  languages?: readonly Lang[];
  /** The address of the page in a language. @default `privacy.<lang>.html` */
  href?: (lang: Lang) => string;
  /** Order of languages tried for a missing policy text. @default ['kk', 'ru', 'en'] */
  fallback?: readonly Lang[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The privacy-policy page of `policy` in `lang` as static HTML: a whole document (`<html
 * lang>`, inline style, `hreflang` alternates) or, with `fragment`, only the page's markup.
 * Rendered by the same components as the browser (preact-render-to-string), so a static page
 * and `mountPolicyPage` show the same thing. Throws a `PolicyError` listing every problem when
 * the policy is not valid.
 */
export function renderPolicyPageHtml(policy: Policy, lang: Lang, options: RenderPolicyPageOptions = {}): string {
  const valid = parsePolicy(policy);
  const texts = createPageTexts(lang, options.fallback);
  const languages = options.languages ?? [lang];
  const href = options.href ?? ((l: Lang) => `privacy.${l}.html`);
  const body = renderToString(h(PolicyPage, { policy: valid, texts, languages: { languages, href } }));
  if (options.fragment) return body;
  const title = `${texts.t('page.title')} — ${texts.s(valid.operator.name)}`;
  const alternates = languages.length > 1 ? languages.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(href(l))}">`).join('') : '';
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>${alternates}</head>` +
    `<body><main>${body}</main></body></html>\n`
  );
}
