import type { ConsentDecision } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { buildReceipt } from '../integrations/consent-receipt';
import { formatDate } from './format-policy-values';
import { useTexts } from './texts';

/** The visitor's decision in force: when, its consent id, what it grants, and its receipt. */
export function CurrentDecision({ decision, policy }: { decision: ConsentDecision; policy: Policy }) {
  const { t, s, lang } = useTexts();
  const titles = decision.granted.map((id) => {
    const category = policy.categories.find((c) => c.id === id);
    return category ? s(category.title) : id;
  });
  // A data: URL, not a Blob URL: nothing to revoke later, and it needs no URL.createObjectURL.
  const receipt = 'data:application/json;charset=utf-8,' + encodeURIComponent(JSON.stringify(buildReceipt(decision, policy), null, 2));
  return (
    <section>
      <h3>{t('current')}</h3>
      <p>
        {t('date')}: {formatDate(lang, decision.decidedAt, true)}
        <br />
        {t('consentId')}: <code>{decision.id}</code>
        <br />
        {t('granted')}: {titles.join(', ') || t('none')}
      </p>
      <p>
        <a class="button quiet" href={receipt} download={`kelisim-consent-${decision.id}.json`}>
          {t('receipt')}
        </a>
      </p>
    </section>
  );
}
