import { closestName } from './closest-name';
import { isRecord, isText, withGuess, type Report } from './field-checks';
import { checkConsent } from './policy-consent';
import { checkReference, entries, textsOf, uniqueIds, type Entry, type Ids } from './policy-entries';
import type { ProblemCode } from './problem-message';

/** Reports cookies listed twice anywhere in the policy, and names with a `*` not marked as a prefix. */
function checkCookies(services: Entry[], report: Report): void {
  const cookies = services.flatMap(([item, path]) => entries(item.cookies, `${path}.cookies`));
  // The same name on another domain is another cookie (a first-party `_ga` and a third-party one).
  const keyed = cookies.map(([item, path]): Entry => [{ key: `${String(item.name)} ${String(item.domain ?? '')}`, name: item.name }, path]);
  const seen = new Map<string, string>();
  for (const [{ key, name }, path] of keyed) {
    if (!isText(name)) continue;
    const first = seen.get(key as string);
    if (first) report(`${path}.name`, 'duplicate-cookie', { value: name, first });
    else seen.set(key as string, path);
  }
  for (const [{ name, prefix }, path] of cookies) {
    if (isText(name) && name.includes('*')) {
      const start = name.slice(0, name.indexOf('*'));
      report(`${path}.name`, prefix === true ? 'cookie-star-prefix' : 'cookie-star', { value: name, prefix: start });
    }
  }
}

/** `known`, with `alias` read as `id`. */
const aliased = (known: Ids, alias: string, id: string): Ids => ({
  ...known,
  ids: [...known.ids, id],
  meant: (value) => (value === alias || value === id ? id : known.meant(value)),
});

/** Checks how the parts of a policy refer to each other: ids, references, `necessary`, revisions. */
export function checkPolicyLinks(policy: unknown, report: Report): void {
  if (!isRecord(policy)) return;
  const { upcoming, revision, effective } = policy;
  const categories = entries(policy.categories, '$.categories');
  const services = categories.flatMap(([item, path]) => entries(item.services, `${path}.services`));
  const purposes = entries(policy.purposes, '$.purposes');
  const dataList = entries(policy.dataCategories, '$.dataCategories');
  const recipients = entries(policy.recipients, '$.recipients');
  let categoryIds = uniqueIds(categories, report);
  const dataIds = uniqueIds(dataList, report);
  const purposeIds = uniqueIds(purposes, report);
  uniqueIds(services, report);
  checkCookies(services, report);

  if (Array.isArray(policy.categories) && !categoryIds.ids.includes('necessary')) {
    const guess = closestName('necessary', categoryIds.valid);
    report('$.categories', 'no-necessary', withGuess({}, guess));
    // The misspelt category is read as "necessary", so its purposes report nothing more.
    if (guess) categoryIds = aliased(categoryIds, guess, 'necessary');
  }
  // Each reference in a list, or the one reference given as text.
  const refs = (value: unknown, path: string, known: Ids, code: ProblemCode) => {
    if (isText(value)) checkReference(value, path, known, code, report);
    else if (Array.isArray(value)) value.forEach((id, i) => checkReference(id, `${path}[${i}]`, known, code, report));
  };
  // Data ids the purposes use, typos read as what they most likely mean (reported once, above).
  const used = new Set<string>();
  for (const [{ category, data }, path] of purposes) {
    refs(category, `${path}.category`, categoryIds, 'unknown-category');
    refs(Array.isArray(data) ? data : undefined, `${path}.data`, dataIds, 'unknown-data');
    for (const id of Array.isArray(data) ? textsOf(data) : []) used.add(dataIds.meant(id) ?? id);
  }
  for (const [item, path] of recipients) {
    refs(Array.isArray(item.data) ? item.data : undefined, `${path}.data`, dataIds, 'unknown-data');
    refs(Array.isArray(item.purposes) ? item.purposes : undefined, `${path}.purposes`, purposeIds, 'unknown-purpose');
  }
  for (const [{ id }, path] of dataList) {
    if (isText(id) && Array.isArray(policy.purposes) && !used.has(id) && !used.has(dataIds.meant(id) ?? id)) {
      report(path, 'unused-data', { value: id }, 'warning');
    }
  }
  checkConsent(policy, categories, categoryIds, purposes, dataList, report);

  // An upcoming change must bring a new revision and a later date.
  if (!isRecord(upcoming)) return;
  if (isText(revision) && upcoming.revision === revision) report('$.upcoming.revision', 'upcoming-same-revision', { value: revision });
  const isDate = (value: unknown): value is string => isText(value) && /^\d{4}-\d\d-\d\d$/.test(value);
  if (isDate(upcoming.date) && isDate(effective) && upcoming.date <= effective) {
    report('$.upcoming.date', 'upcoming-not-later', { value: upcoming.date, effective });
  }
}

