import type { Policy } from '../core/policy-types';
import { useTexts } from './texts';

/** A purpose's data categories as a labelled list of chips, each title once (the id for one not found). */
export function DataChips({ policy, ids }: { policy: Policy; ids: string[] }) {
  const { t, p } = useTexts();
  if (!ids.length) return null;
  return (
    <div class="data">
      <span>{t('data')}:</span>
      <ul class="chips" aria-label={t('data')}>
        {ids.map((id) => {
          const found = policy.dataCategories.find((data) => data.id === id);
          return <li>{found ? p(found.title) : id}</li>;
        })}
      </ul>
    </div>
  );
}
