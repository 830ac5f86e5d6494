import type { Localized, Policy, Purpose } from '../core/policy-types';
import { purposeCategories } from '../core/purpose-categories';
import { formatRetention } from '../ui/format-policy-values';
import { useTexts } from '../ui/texts';
import { Fact } from './section';
import { Joined, Sentence } from './texts-inline';

/** The titles of the policy's entries with these ids (the id itself for one not found). */
export const titlesOf = (entries: { id: string; title: Localized }[], ids: string[]): (Localized | string)[] =>
  ids.map((id) => entries.find((entry) => entry.id === id)?.title ?? id);

/** One purpose: its data, legal ground, retention, and where consent is given and withdrawn. */
function PurposeEntry({ policy, purpose }: { policy: Policy; purpose: Purpose }) {
  const texts = useTexts();
  const { t, p } = texts;
  const optional = purposeCategories(purpose).filter((id) => id !== 'necessary');
  return (
    <>
      <h3>{p(purpose.title)}</h3>
      <ul class="kelisim-page-facts">
        <Fact label={t('data')}>
          <Joined items={titlesOf(policy.dataCategories, purpose.data)} />
        </Fact>
        {purpose.ground && <Fact label={t('ground')}>{t('groundName.' + purpose.ground)}</Fact>}
        {purpose.retention && <Fact label={t('retention')}>{formatRetention(texts, purpose.retention)}</Fact>}
        {!purpose.ground && !purpose.retention && <li>{t('page.noGround')}</li>}
        {optional.length > 0 && (
          <li>
            <Sentence id="page.consentBanner" slot="categories">
              <Joined items={titlesOf(policy.categories, optional)} />
            </Sentence>
          </li>
        )}
        {purpose.consentIn && <Fact label={t('page.consentIn')}>{p(purpose.consentIn)}</Fact>}
        {purpose.withdrawIn && <Fact label={t('page.withdrawIn')}>{p(purpose.withdrawIn)}</Fact>}
      </ul>
    </>
  );
}

/** Every purpose with its legal ground and retention period. */
export function PurposesSection({ policy }: { policy: Policy }) {
  return (
    <>
      {policy.purposes.map((purpose) => (
        <PurposeEntry policy={policy} purpose={purpose} />
      ))}
    </>
  );
}
