// Everything the script tag's widget does with a policy, without a browser: its banner, its
// dialog (every category's details, the decision in force and its receipt) rendered to HTML in
// each language, the revision, the clean-up lists. For tests that a policy the guard lets
// through is one the widget can show.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ConsentDecision } from '../../../src/core/consent-types';
import { LANGS, type Lang, type Policy } from '../../../src/core/policy-types';
import { policyRevision } from '../../../src/core/revision';
import { createI18n } from '../../../src/i18n/create-i18n';
import { cookiesToClear } from '../../../src/integrations/cookie-cleanup';
import { storageKeysToClear } from '../../../src/integrations/storage-cleanup';
import { Banner } from '../../../src/ui/banner';
import { bannerSummary } from '../../../src/ui/banner-summary';
import { CategoryDetails } from '../../../src/ui/category-details';
import { PreferencesDialog } from '../../../src/ui/preferences-dialog';
import { createCountryNames } from '../../../src/ui/country-name';
import { createTexts, TextsContext } from '../../../src/ui/texts';

const noop = () => {};
// Built once: an i18next instance and the browser's country names cost far more than a render.
const i18n = createI18n('en');
const countries = createCountryNames();

/** The widget's HTML for `policy` in `langs` (Kazakh and Russian bilingual), joined; throws what the widget would. */
export function renderPolicy(policy: Policy, langs: readonly Lang[] = LANGS): string {
  const revision = policyRevision(policy);
  if (typeof revision !== 'string' || !revision) throw new Error(`no revision: ${String(revision)}`);
  const optional = policy.categories.map((category) => category.id).filter((id) => id !== 'necessary');
  cookiesToClear(policy, optional, 'shop.example.kz');
  storageKeysToClear(policy, optional);
  const summary = policy.summary ?? bannerSummary(policy, i18n, LANGS);
  return langs.map((lang) => {
    const texts = createTexts(i18n, lang, { bilingual: lang !== 'en', fallback: LANGS, warned: new Set(), countries });
    const decision: ConsentDecision = {
      granted: optional.slice(0, 1), categories: optional, revision, decidedAt: 0,
      id: '123e4567-e89b-42d3-a456-426614174000', lang, method: 'custom',
    };
    const actions = { onAccept: noop, onReject: noop, onSettings: noop, onDismiss: noop, onLang: noop, onSave: noop, onClose: noop, onToggle: noop };
    return renderToString(h(TextsContext.Provider, { value: texts }, [
      h(Banner, { policy, layout: 'bar', choice: optional.length > 0, summary, inert: false, ...actions }),
      h(PreferencesDialog, { policy, decision, pending: {}, ...actions }),
      // The dialog renders a large policy's details only when opened: render them here anyway.
      ...policy.categories.map((category) => h(CategoryDetails, { category, policy, progressive: false })),
    ]));
  }).join('\n');
}
