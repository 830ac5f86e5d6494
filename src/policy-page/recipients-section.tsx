import type { Policy } from '../core/policy-types';
import { CountryLabel } from '../ui/service-list';
import { useTexts } from '../ui/texts';
import { titlesOf } from './purposes-section';
import { Fact } from './section';
import { Joined } from './texts-inline';

/** Who receives data, where they are, and what they receive (data, purposes, scope). */
export function RecipientsSection({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  return (
    <>
      {(policy.recipients ?? []).map((recipient) => (
        <>
          <h3>{p(recipient.name)}</h3>
          <p>{p(recipient.role)}</p>
          <ul class="kelisim-page-facts">
            <Fact label={t('country')}>
              <CountryLabel code={recipient.country} />
            </Fact>
            <Fact label={t('page.receives')}>{recipient.data ? <Joined items={titlesOf(policy.dataCategories, recipient.data)} /> : t('page.allData')}</Fact>
            {recipient.purposes && (
              <Fact label={t('page.forPurposes')}>
                <Joined items={titlesOf(policy.purposes, recipient.purposes)} separator="; " />
              </Fact>
            )}
            {recipient.scope && <li>{p(recipient.scope)}</li>}
          </ul>
        </>
      ))}
    </>
  );
}
