import type { Localized, Policy } from '../core/policy-types';
import { useTexts } from '../ui/texts';

/** A titled list of policy texts, left out when empty. */
function TextList({ title, items }: { title: string; items: Localized[] }) {
  const { p } = useTexts();
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li>{p(item)}</li>
        ))}
      </ul>
    </>
  );
}

/** What data are processed, where they come from, whose they are, and special categories. */
export function DataSection({ policy }: { policy: Policy }) {
  const { t, p } = useTexts();
  const personal = policy.dataCategories.filter((data) => data.personal !== false);
  const other = policy.dataCategories.filter((data) => data.personal === false);
  return (
    <>
      <TextList title={t('page.dataCategories')} items={personal.map((data) => data.title)} />
      <TextList title={t('page.nonPersonal')} items={other.map((data) => data.title)} />
      <TextList title={t('page.dataSources')} items={policy.dataSources ?? []} />
      <TextList title={t('page.dataSubjects')} items={policy.dataSubjects ?? []} />
      {policy.specialCategories && (
        <>
          <h3>{t('page.special')}</h3>
          <p>{p(policy.specialCategories.statement)}</p>
        </>
      )}
    </>
  );
}
