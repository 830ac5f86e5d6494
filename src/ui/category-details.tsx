import type { Category, Policy, Purpose } from '../core/policy-types';
import { purposeCategories } from '../core/purpose-categories';
import { DataChips } from './data-chips';
import { consentElsewhere } from './elsewhere-consents';
import { formatRetention } from './format-policy-values';
import { memo } from './memo';
import { ServiceList } from './service-list';
import { TechnologyTable } from './technology-table';
import { useTexts } from './texts';

export { CountryLabel } from './service-list';

/** What `CategoryDetails` shows. */
export interface CategoryDetailsProps {
  category: Category;
  policy: Policy;
  /** Render a long list of services a step at a time (see `ServiceList`). */
  progressive: boolean;
}

/**
 * What a category involves: its purposes (their data as a list, legal ground, retention), its
 * services with provider and country, the cookies each sets, and their other technologies.
 * Consent given outside the banner has its own section (`ElsewhereConsents`), never this one.
 * Redrawn only when its props or the language change, not with every switch the visitor flips.
 */
export const CategoryDetails = memo(({ category, policy, progressive }: CategoryDetailsProps) => {
  const texts = useTexts();
  const { t, p } = texts;
  // A purpose with no category and no `consentIn` (format 1) needs no consent: "necessary".
  const ids = (purpose: Purpose) => purposeCategories(purpose).concat(purpose.category === undefined && !purpose.consentIn ? ['necessary'] : []);
  const purposes = policy.purposes.filter((purpose) => ids(purpose).includes(category.id) && !consentElsewhere(purpose));
  return (
    <>
      {purposes.length > 0 && <h3>{t('purposes')}</h3>}
      {purposes.length > 0 && (
        <ul class="purposes">
          {purposes.map((purpose) => (
            <li>
              <b>{p(purpose.title)}</b>
              <DataChips policy={policy} ids={purpose.data} />
              {purpose.ground && (
                <p>
                  {t('ground')}: {t('groundName.' + purpose.ground)}
                </p>
              )}
              {purpose.retention && (
                <p>
                  {t('retention')}: {formatRetention(texts, purpose.retention)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {category.services.length > 0 && <h3>{t('services')}</h3>}
      <ServiceList services={category.services} progressive={progressive} />
      <TechnologyTable services={category.services} />
    </>
  );
});
