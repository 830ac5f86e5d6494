import type { Policy } from '../core/policy-types';
import { CountryLabel } from './category-details';
import { Fold } from './fold';
import { formatDate } from './format-policy-values';
import { OperatorFacts } from './operator-facts';
import { useTexts } from './texts';

/**
 * The rest of what Law 94-V asks a consent to tell: who receives the data (and when, or which
 * part), special categories, the visitor's rights, the operator with BIN and contacts and the
 * sites it runs, the authorised body, cross-border transfer, where the databases are kept, how
 * the policy may change, and which revision this is since when. Long texts fold (`Fold`).
 */
export function PolicyFacts({ policy }: { policy: Policy }) {
  const { t, p, lang } = useTexts();
  const { recipients = [], specialCategories, changes, revision } = policy;
  // Only a real calendar date is shown: the guard does not check `effective`, and a bad one must not break the dialog.
  const effective = typeof policy.effective === 'string' && !isNaN(Date.parse(policy.effective)) ? policy.effective : undefined;
  return (
    <>
      {recipients.length > 0 && (
        <section>
          <h3>{t('recipients')}</h3>
          <ul>
            {recipients.map((recipient) => (
              <li>
                <b>{p(recipient.name)}</b> ({t('country')}: <CountryLabel code={recipient.country} />)
                <Fold text={recipient.role} />
                {recipient.scope && <Fold text={recipient.scope} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {specialCategories && (
        <section>
          <h3>{t('facts.special')}</h3>
          <Fold text={specialCategories.statement} />
        </section>
      )}
      <section>
        <h3>{t('rights')}</h3>
        <ul>
          {policy.rights.map((right) => (
            <li>
              <Fold text={right} />
            </li>
          ))}
        </ul>
      </section>
      <OperatorFacts policy={policy} />
      <section>
        <h3>{t('crossBorder')}</h3>
        <Fold text={policy.crossBorder} />
      </section>
      <section>
        <h3>{t('localisation')}</h3>
        <Fold text={policy.localisation} />
      </section>
      {changes && (
        <section>
          <h3>{t('facts.changes')}</h3>
          <Fold text={changes} />
        </section>
      )}
      {(revision || effective) && (
        <section>
          <p class="revision">
            {typeof revision === 'string' && t('facts.revision', { revision })}
            {revision && effective && ', '}
            {effective && t('facts.effective', { date: formatDate(lang, effective) })}
          </p>
        </section>
      )}
    </>
  );
}
