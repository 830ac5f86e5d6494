import type { UpcomingChange } from '../core/policy-types';
import { formatDate } from './format-policy-values';
import { useTexts } from './texts';

/** The announcement of a policy change ahead of its date: from when, and what changes. */
export function UpcomingNotice({ change }: { change: UpcomingChange }) {
  const { tb, pb } = useTexts();
  return (
    <p class="upcoming">
      {tb('upcoming', (lang) => ({ date: formatDate(lang, change.date) }))} {pb(change.summary)}
    </p>
  );
}
