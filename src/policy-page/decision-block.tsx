import { useEffect, useState } from 'preact/hooks';
import type { Consent } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { formatDate } from '../ui/format-policy-values';
import { useTexts } from '../ui/texts';

/** What the page needs of a consent instance (`createConsent`, or the script tag's `Kelisim`). */
export type PageConsent = Pick<Consent, 'get' | 'on'>;

/**
 * The visitor's decision in force, kept current, and a "change my choice" button
 * (`data-kelisim="open-settings"`, which the widget's host-action listener opens).
 */
export function DecisionBlock({ consent, policy }: { consent: PageConsent; policy: Policy }) {
  const { t, s, lang } = useTexts();
  const [decision, setDecision] = useState(() => consent.get());
  useEffect(() => consent.on('change', (change) => setDecision(change.decision)), [consent]);
  const titles = (decision?.granted ?? []).map((id) => {
    const category = policy.categories.find((c) => c.id === id);
    return category ? s(category.title) : id;
  });
  return (
    <section class="kelisim-page-decision" id="kelisim-policy-decision" aria-labelledby="kelisim-policy-decision-title">
      <h2 id="kelisim-policy-decision-title">{t('current')}</h2>
      {decision && (
        <ul class="kelisim-page-facts">
          <li>
            {t('date')}: {formatDate(lang, decision.decidedAt, true)}
          </li>
          <li>
            {t('granted')}: {titles.join(', ') || t('none')}
          </li>
        </ul>
      )}
      <p>
        <button type="button" data-kelisim="open-settings">
          {t('page.change')}
        </button>
      </p>
    </section>
  );
}
