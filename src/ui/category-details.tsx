import type { Category, Policy } from '../core/policy-types';
import { purposeCategories } from '../core/purpose-categories';
import { formatRetention } from './format-policy-values';
import { memo } from './memo';
import { ServiceList } from './service-list';
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
 * What a category involves: its purposes (data, legal ground, retention), its services with
 * provider and country, and the cookies each sets. Redrawn only when its props or the
 * language change, not with every switch the visitor flips.
 */
export const CategoryDetails = memo(({ category, policy, progressive }: CategoryDetailsProps) => {
  const texts = useTexts();
  const { t, p, s } = texts;
  // Until the dialog has its own section for consent given outside the banner (issue 14), such
  // purposes stay where format 1 showed them, under "necessary", with where consent is given.
  const shownHere = (ids: string[]) => ids.includes(category.id) || (!ids.length && category.id === 'necessary');
  const purposes = policy.purposes.filter((purpose) => shownHere(purposeCategories(purpose)));
  const dataTitle = (id: string) => {
    const found = policy.dataCategories.find((data) => data.id === id);
    return found ? s(found.title) : id;
  };
  return (
    <>
      {purposes.length > 0 && <h3>{t('purposes')}</h3>}
      {purposes.length > 0 && (
        <ul>
          {purposes.map((purpose) => (
            <li>
              <b>{p(purpose.title)}</b>
              <br />
              {t('data')}: {purpose.data.map(dataTitle).join(', ')}
              {purpose.ground && (
                <>
                  <br />
                  {t('ground')}: {t('groundName.' + purpose.ground)}
                  {purpose.consentIn && <> ({p(purpose.consentIn)})</>}
                </>
              )}
              {purpose.retention && (
                <>
                  <br />
                  {t('retention')}: {formatRetention(texts, purpose.retention)}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {category.services.length > 0 && <h3>{t('services')}</h3>}
      <ServiceList services={category.services} progressive={progressive} />
    </>
  );
});
