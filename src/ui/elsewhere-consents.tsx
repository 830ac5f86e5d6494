import type { Policy, Purpose } from '../core/policy-types';
import { purposeCategories } from '../core/purpose-categories';
import { DataChips } from './data-chips';
import { formatRetention } from './format-policy-values';
import { useTexts } from './texts';

/**
 * Whether a purpose's consent is given outside the banner (a form, registration, a contract):
 * it has `consentIn` and no optional category. Such a purpose is never shown under "necessary",
 * which is always on, as if that consent could not be withdrawn.
 */
export const consentElsewhere = (purpose: Purpose): boolean =>
  !!purpose.consentIn && purposeCategories(purpose).every((id) => id === 'necessary');

/** Consents given elsewhere, each with its data, where it is given and how to withdraw it. */
export function ElsewhereConsents({ policy }: { policy: Policy }) {
  const texts = useTexts();
  const { t, p } = texts;
  const purposes = policy.purposes.filter(consentElsewhere);
  if (!purposes.length) return null;
  return (
    <section class="cat">
      <h3>{t('facts.elsewhere')}</h3>
      <p>{t('facts.elsewhereIntro')}</p>
      <ul>
        {purposes.map((purpose) => (
          <li>
            <b>{p(purpose.title)}</b>
            <DataChips policy={policy} ids={purpose.data} />
            <dl>
              <dt>{t('facts.consentIn')}</dt>
              <dd>{p(purpose.consentIn!)}</dd>
              {purpose.withdrawIn && (
                <>
                  <dt>{t('facts.withdrawIn')}</dt>
                  <dd>{p(purpose.withdrawIn)}</dd>
                </>
              )}
              {purpose.retention && (
                <>
                  <dt>{t('retention')}</dt>
                  <dd>{formatRetention(texts, purpose.retention)}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
