import type { Policy } from '../core/policy-types';
import { formatDate } from '../ui/format-policy-values';
import { safeHref } from '../ui/safe-href';
import { useTexts } from '../ui/texts';
import { OperatorContacts } from './operator-section';
import { Sentence } from './texts-inline';

/** Where the databases are kept (art. 12). */
export function LocalisationSection({ policy }: { policy: Policy }) {
  return <p>{useTexts().p(policy.localisation)}</p>;
}

/** The data subject's rights, withdrawal of consent (art. 8), and how to reach the operator. */
export function RightsSection({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  return (
    <>
      <ul>
        {policy.rights.map((right) => (
          <li>{p(right)}</li>
        ))}
      </ul>
      <p>{t('page.withdraw')}</p>
      <p>{t('page.exercise')}</p>
      <ul class="kelisim-page-facts">
        <OperatorContacts policy={policy} />
      </ul>
    </>
  );
}

/** The authorised body for complaints, and the right to complain to it or to a court. */
export function AuthoritySection({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  const href = safeHref(policy.authority.url);
  return (
    <>
      <p>{href ? <a href={href}>{p(policy.authority.name)}</a> : p(policy.authority.name)}</p>
      <p>{t('page.complain')}</p>
    </>
  );
}

/** The standing change clause and a change announced ahead of its date. */
export function ChangesSection({ policy }: { policy: Policy }) {
  const { t, p, lang } = useTexts();
  const { changes, upcoming } = policy;
  return (
    <>
      {changes && <p>{p(changes)}</p>}
      {upcoming && (
        <>
          <h3>{t('page.upcoming')}</h3>
          <p>
            <Sentence id="page.upcomingText" values={{ date: formatDate(lang, upcoming.date), revision: upcoming.revision }} slot="summary">
              {p(upcoming.summary)}
            </Sentence>
          </p>
        </>
      )}
    </>
  );
}

/** The revision in force and the date it took effect. */
export function RevisionSection({ policy }: { policy: Policy }) {
  const { t, lang } = useTexts();
  return (
    <ul class="kelisim-page-facts">
      {policy.revision && <li>{t('page.revision', { revision: policy.revision })}</li>}
      {policy.effective && <li>{t('page.effective', { date: formatDate(lang, policy.effective) })}</li>}
    </ul>
  );
}
