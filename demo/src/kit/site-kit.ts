import { policyForLanguage, policyLanguages } from '../../../src/core/policy-language';
import type { Lang, Policy } from '../../../src/core/policy-types';
import { renderPolicyPageHtml } from '../../../src/policy-page/render-html';
import type { CodeChoice } from '../code/code-panel';
import { footerLink, policyJson, scriptTag } from '../code/snippet';
import { kitReadme } from './kit-readme';

/** The files of a site kit, by name (all at the zip's root). */
export type KitFiles = Record<string, string | Uint8Array>;

/** The policy's file name in the kit: one for all languages, or `policy.{lang}.json` (the loader fills `{lang}`). */
const policyFile = (choice: CodeChoice) => (/\{lang\}/.test(choice.options.policy) ? 'policy.{lang}.json' : 'policy.json');

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The kit's `index.html`: a plain page with the snippet, ready to open from the kit's folder
 * (relative URLs), a "cookie settings" link and links to the privacy pages. For Tilda it is the
 * page Tilda would serve: the policy inline, the loader from the address given for it.
 */
function indexHtml(choice: CodeChoice, lang: Lang, languages: readonly Lang[]): string {
  const tilda = choice.platform === 'tilda';
  const tag = scriptTag(choice.policy, choice.settings, {
    ...choice.options,
    scriptUrl: tilda ? choice.options.scriptUrl : 'kelisim.js',
    policy: tilda ? 'inline' : policyFile(choice),
  });
  const name = escapeText(choice.policy.operator.name[lang] || choice.policy.operator.name.kk);
  const pages = languages.map((l) => `<a href="privacy.${l}.html" hreflang="${l}" lang="${l}">privacy.${l}.html</a>`).join(' · ');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — Kelisim</title>
${tag}
</head>
<body>
<main>
<h1>${name}</h1>
<p>${pages}</p>
</main>
<footer><p>${footerLink(lang)}</p></footer>
</body>
</html>
`;
}

/**
 * Every file of the site kit: the loader and its chunks (`widget`, from the built dist/), the
 * policy JSON, a policy file per language (`policy.<lang>.json`, policyForLanguage), the
 * privacy pages (`privacy.<lang>.html`), `index.html` with the snippet, and `README.md` in
 * `lang` with the steps for the chosen platform.
 */
export function siteKitFiles(choice: CodeChoice, widget: KitFiles, lang: Lang): KitFiles {
  const policy: Policy = choice.policy;
  const languages = policyLanguages(policy);
  const files: KitFiles = { ...widget, 'policy.json': policyJson(policy) };
  for (const l of languages) files[`policy.${l}.json`] = JSON.stringify(policyForLanguage(policy, l), null, 2) + '\n';
  for (const l of languages) files[`privacy.${l}.html`] = renderPolicyPageHtml(policy, l, { languages });
  files['index.html'] = indexHtml(choice, lang, languages);
  files['README.md'] = kitReadme(choice, lang, Object.keys(files).concat('README.md').sort());
  return files;
}
