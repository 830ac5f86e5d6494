import { closestName } from './closest-name';
import { isRecord, isText, type Report } from './field-checks';
import { textsOf, type Entry, type Ids } from './policy-entries';
import { LEGAL_GROUNDS } from './policy-fields';

/** The ground a purpose means: as written when it is one, else the likeliest (a typo is reported once, by the field check). */
const groundMeant = (ground: unknown): string | undefined =>
  isText(ground) ? (LEGAL_GROUNDS as string[]).includes(ground) ? ground : closestName(ground, LEGAL_GROUNDS) : undefined;

/**
 * Reports purposes whose ground, category, `consentIn` and `withdrawIn` do not fit together,
 * purposes of personal data with no ground or retention, optional categories no purpose asks
 * consent for, and an operator with no way to contact it.
 */
export function checkConsent(
  policy: Record<string, unknown>,
  categories: Entry[],
  categoryIds: Ids,
  purposes: Entry[],
  dataList: Entry[],
  report: Report,
): void {
  const optional = categoryIds.valid.filter((id) => id !== 'necessary');
  const example = { optional: optional[0] ?? 'analytics' };
  const nonPersonal = dataList.filter(([item]) => item.personal === false).map(([item]) => item.id);
  const asked = new Set<string>();

  for (const [item, path] of purposes) {
    const { category, consentIn, withdrawIn, data } = item;
    const ground = groundMeant(item.ground);
    const ids = textsOf(category).map((id) => categoryIds.meant(id) ?? id);
    const consent = ground === 'consent';
    const inNecessary = ids.includes('necessary');
    const inOptional = ids.some((id) => id !== 'necessary');
    // Law 94-V applies to personal data: a purpose of non-personal data alone needs no ground or retention.
    const personal = !Array.isArray(data) || !data.length || data.some((id) => !nonPersonal.includes(id));
    if (personal && item.ground === undefined) report(`${path}.ground`, 'ground-missing');
    if (personal && item.retention === undefined) report(`${path}.retention`, 'retention-missing');
    if (consent) ids.forEach((id) => asked.add(id));

    if (Array.isArray(category) && inNecessary) report(`${path}.category`, 'category-list-necessary');
    else if (category === undefined && consentIn === undefined) {
      report(`${path}.category`, consent ? 'consent-nowhere' : 'category-missing', example);
    } else if (consent && inNecessary) {
      // Format 1 put consent given elsewhere under "necessary", where it showed as "Always on".
      if (consentIn !== undefined) report(`${path}.category`, 'consentin-in-necessary', {}, 'warning');
      else report(`${path}.category`, 'consent-in-necessary', example);
    }
    if (ground && !consent && inOptional) report(`${path}.category`, 'ground-in-optional', { ground });
    if (consentIn !== undefined && ground && !consent) report(`${path}.consentIn`, 'consentin-not-consent', { ground });
    if (consentIn !== undefined && consent && inOptional) report(`${path}.consentIn`, 'consentin-in-optional', { category: ids.join('", "') });
    if (consentIn !== undefined && category === undefined && withdrawIn === undefined) report(`${path}.withdrawIn`, 'withdrawin-missing');
    if (withdrawIn !== undefined && consentIn === undefined) report(`${path}.withdrawIn`, 'withdrawin-alone');
  }
  for (const [{ id }, path] of categories) {
    const meant = isText(id) ? categoryIds.meant(id) ?? id : undefined;
    if (meant && meant !== 'necessary' && !asked.has(meant)) report(path, 'optional-no-purpose', { value: meant });
  }
  const operator = policy.operator;
  if (isRecord(operator) && operator.email === undefined && operator.contactUrl === undefined) {
    report('$.operator', 'no-contact');
  }
}
