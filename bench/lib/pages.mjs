// The benchmark pages: one ordinary article page, the same for every library, with the
// library added as its documentation says and the same local stub analytics script gated by the
// library's own mechanism. The peers' configurations are generated from bench/policy.json, so all
// three show the same two categories (necessary + analytics) with the same English texts.
import { readFileSync } from 'node:fs';

/** Kelisim's policy as its site kit ships it: one file per language, `{lang}` filled in by the loader. */
export const POLICY_PATH = '/bench/gen/policy.{lang}.json';
export const STUB_PATH = '/bench/pages/stub-analytics.js';
const policy = JSON.parse(readFileSync(new URL('../policy.json', import.meta.url), 'utf8'));
const LANG = 'en';
// Compiled by the built `kelisim/core` (the bench builds dist/ first), as `kelisim build` does.
const { policyForLanguage } = await import('../../dist/core.js');
const languagePolicies = ['kk', 'ru', 'en'].map((lang) => [POLICY_PATH.replace('{lang}', lang), JSON.stringify(policyForLanguage(policy, lang))]);

const t = (localized) => localized[LANG];
const policyUrl = typeof policy.operator.policyUrl === 'string' ? policy.operator.policyUrl : t(policy.operator.policyUrl);
const summary = policy.summary ? t(policy.summary) : 'We use cookies.';
const cookieNames = (category) => category.services.flatMap((s) => s.cookies.map((c) => c.name));
if (policy.categories.map((c) => c.id).join() !== 'necessary,analytics') {
  throw new Error('bench/policy.json must have exactly the categories necessary and analytics');
}

const BODY = `
  <header class="site"><a href="/">Dala Market</a>
    <nav><a href="#catalogue">Catalogue</a> · <a href="#delivery">Delivery</a> · <a href="#contacts">Contacts</a></nav>
  </header>
  <main>
    <h1>Wheat, barley and sunflower seed from Akmola region</h1>
    <p>Dala Market sells certified seed and grain directly from farms in the north of Kazakhstan.
    Orders placed before noon leave the warehouse in Kokshetau the same day; delivery to Astana,
    Almaty and Shymkent takes two to four days.</p>
    <h2 id="catalogue">Catalogue</h2>
    <p>Spring wheat «Astana 2», winter wheat «Zhetysu», malting barley «Ilek 16» and sunflower
    hybrids for the steppe. Every lot comes with a laboratory certificate of germination and purity,
    and samples are kept for a year after sale.</p>
    <ul><li>Spring wheat, 1st reproduction — 185 000 ₸ per tonne</li>
    <li>Malting barley — 142 000 ₸ per tonne</li><li>Sunflower hybrids — 96 000 ₸ per unit</li></ul>
    <h2 id="delivery">Delivery</h2>
    <p>We deliver by our own trucks within Akmola and North Kazakhstan regions and by rail
    elsewhere. Large orders can be collected from the elevator at any time by appointment.</p>
    <p>Payment by bank transfer or Kaspi; VAT invoices are issued for every order.</p>
  </main>
  <footer id="contacts">Dala Market LLP · 150 Abay Avenue, Almaty · +7 727 300 00 00</footer>`;

const STYLE = `<style>
  body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}
  header.site,footer{padding:12px 24px;background:#f3f1ea}
  main{max-width:720px;margin:0 auto;padding:8px 24px 120px}
</style>`;

function page({ head = '', bodyEnd = '' }) {
  return `<!doctype html>
<html lang="${LANG}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dala Market — seed and grain</title>
  ${STYLE}
  ${head}
</head>
<body>${BODY}
${bodyEnd}
</body>
</html>
`;
}

// --- Kelisim: the script-tag loader in <head>, the policy by URL (one file per language, as the
// builder's kit and `kelisim build` write it), the revision and categories on the tag so a
// returning visitor needs neither the policy nor the UI.
const kelisimHtml = page({
  head: `<script src="/dist/kelisim.js" data-policy="${POLICY_PATH}" data-revision="${policy.revision}"
    data-categories="${policy.categories.map((c) => c.id).filter((id) => id !== 'necessary').join(' ')}" data-lang="${LANG}"></script>
  <script type="text/plain" data-consent="analytics" src="${STUB_PATH}"></script>`,
});

// --- vanilla-cookieconsent v3, as its "Getting started" says: the stylesheet in <head>, a
// module config that imports the UMD build and calls CookieConsent.run(); scripts are gated by
// type="text/plain" data-category. hideFromBots: false or it hides itself from automated browsers.
const vanillaConfig = `import '/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js';

CookieConsent.run(${JSON.stringify(
  {
    hideFromBots: false,
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
    language: {
      default: LANG,
      translations: {
        [LANG]: {
          consentModal: {
            title: 'Cookies',
            description: summary,
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Settings',
            footer: `<a href="${policyUrl}">Privacy policy</a>`,
          },
          preferencesModal: {
            title: 'Cookie settings',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save',
            closeIconLabel: 'Close',
            sections: policy.categories.map((c) => ({
              title: t(c.title),
              description: t(c.description),
              linkedCategory: c.id,
              cookieTable: {
                headers: { name: 'Cookie', purpose: 'Purpose' },
                body: c.services.flatMap((s) => s.cookies.map((k) => ({ name: k.name, purpose: t(k.purpose) }))),
              },
            })),
          },
        },
      },
    },
  },
  null,
  2,
)});
`;
const vanillaHtml = page({
  head: `<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
  <script type="text/plain" data-category="analytics" src="${STUB_PATH}"></script>`,
  bodyEnd: `<script type="module" src="/bench/gen/vanilla-config.js"></script>`,
});

// --- Orejime v3, as its README says: window.orejimeConfig, then the standard English build and its
// stylesheet; the gated script wrapped in <template data-purpose>.
const orejimeConfig = {
  privacyPolicyUrl: policyUrl,
  purposes: policy.categories.map((c) => ({
    id: c.id,
    title: t(c.title),
    description: t(c.description),
    cookies: cookieNames(c),
    ...(c.id === 'necessary' ? { isMandatory: true } : {}),
  })),
};
const orejimeHtml = page({
  head: `<script>window.orejimeConfig = ${JSON.stringify(orejimeConfig)};</script>
  <script src="/node_modules/orejime/dist/orejime-standard-en.js"></script>
  <link rel="stylesheet" href="/node_modules/orejime/dist/orejime-standard.css">
  <template data-purpose="analytics"><script src="${STUB_PATH}"></script></template>`,
});

// --- Reference: the same stub, not gated at all (the limit for "returning visitor → gated script").
const bareHtml = page({ head: `<script src="${STUB_PATH}"></script>` });

/** Generated bodies by path. */
export const GENERATED = new Map([
  ['/bench/gen/kelisim.html', kelisimHtml],
  ['/bench/gen/vanilla.html', vanillaHtml],
  ['/bench/gen/vanilla-config.js', vanillaConfig],
  ['/bench/gen/orejime.html', orejimeHtml],
  ['/bench/gen/bare.html', bareHtml],
  ...languagePolicies,
]);

/** Bytes of configuration written into the page itself (orejime's inline config). */
export const INLINE_CONFIG = { orejime: `window.orejimeConfig = ${JSON.stringify(orejimeConfig)};` };
