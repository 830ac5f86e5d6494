import type { UpcomingChange } from '../core/policy-types';
import { formatDate } from './format-policy-values';
import { useTexts } from './texts';

/** The announcement of a policy change ahead of its date: from when, and what changes. */
export function UpcomingNotice({ change }: { change: UpcomingChange }) {
  const { tb, s } = useTexts();
  // One sentence per language, so bilingual mode keeps each language's date with its summary.
  return <p>{tb('upcoming', (lang) => ({ date: formatDate(lang, change.date), summary: s(change.summary, lang) }))}</p>;
}
