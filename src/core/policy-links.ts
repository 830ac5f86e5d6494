import { closestName } from './closest-name';
import { IN_EVERY_LANGUAGE, isRecord, quoteAll, type Report } from './field-checks';
import { LEGAL_GROUNDS } from './policy-fields';
import type { LegalGround } from './policy-types';

/** An object found in a list of the policy, with its JSON path. */
type Entry = [item: Record<string, unknown>, path: string];

/** The objects in the list at `value` (skipping anything else: the field checks report it). */
const entries = (value: unknown, path: string): Entry[] =>
  Array.isArray(value) ? value.flatMap((item, i): Entry[] => (isRecord(item) ? [[item, `${path}[${i}]`]] : [])) : [];

/** Reports each repeated text value of `key` in `list`; returns the values in order of first use. */
function unique(list: Entry[], key: string, report: Report, repeated: (value: string, first: string) => string): string[] {
  const firstUse = new Map<string, string>();
  for (const [item, path] of list) {
    const value = item[key];
    if (typeof value !== 'string') continue;
    const first = firstUse.get(value);
    if (first) report(`${path}.${key}`, repeated(value, first));
    else firstUse.set(value, path);
  }
  return [...firstUse.keys()];
}

/** Reports an id used twice in `list`; returns the ids in order of first use. */
const uniqueIds = (list: Entry[], noun: string, report: Report): string[] =>
  unique(list, 'id', report, (id, first) => `the id "${id}" is already used by ${first} — give each ${noun} its own id`);

/** Reports a reference to an id that is not in `known`, with the likeliest intended one. */
function checkReference(value: unknown, path: string, known: string[], noun: string, report: Report): void {
  if (typeof value !== 'string' || known.includes(value)) return;
  const guess = closestName(value, known);
  const choice = known.length ? `use one of ${quoteAll(known)}` : `add the ${noun} to the policy first`;
  report(path, `there is no ${noun} "${value}" — ${guess ? `did you mean "${guess}"? Or ${choice}` : choice}`);
}

/** Reports purposes whose ground or `consentIn` does not fit their category, and optional categories with no purpose. */
function checkConsentPlacement(categories: Entry[], optional: string[], purposes: Entry[], report: Report): void {
  for (const [{ ground, category, consentIn }, path] of purposes) {
    const isOptional = optional.includes(category as string);
    if (!LEGAL_GROUNDS.includes(ground as LegalGround)) continue;
    // Law 94-V art. 8: consent given in a form, on registration or in a contract is consent too.
    if (ground === 'consent' && category === 'necessary' && consentIn === undefined) {
      const where = optional.length ? `an optional category such as "${optional[0]}"` : 'an optional category (add one, e.g. "analytics")';
      report(`${path}.category`, `a purpose based on consent is in "necessary", which is always on, but does not say where consent is given — if the visitor gives it in the banner, move the purpose to ${where}; if it is given elsewhere (a form, registration, a signed contract), add "consentIn": ${IN_EVERY_LANGUAGE} saying where, e.g. "en": "in the feedback form"`);
    } else if (ground !== 'consent' && isOptional) {
      report(`${path}.category`, `a purpose based on "${ground}" needs no consent, so it belongs in "necessary" — or, if it does need the visitor's consent, write "ground": "consent"`);
    }
    if (consentIn === undefined) continue;
    if (ground !== 'consent') {
      report(`${path}.consentIn`, `says where consent is given, but the purpose is based on "${ground}" — remove "consentIn", or write "ground": "consent"`);
    } else if (isOptional) {
      report(`${path}.consentIn`, `consent for the optional category "${category}" is given in the banner — remove "consentIn", or, if consent is given only outside the banner, move the purpose to "necessary"`);
    }
  }
  for (const [{ id }, path] of categories) {
    if (typeof id !== 'string' || id === 'necessary') continue;
    if (purposes.some(([item]) => item.category === id && item.ground === 'consent')) continue;
    report(path, `no purpose asks consent for the optional category "${id}" — add a purpose with "category": "${id}" and "ground": "consent" that says why its data are processed`);
  }
}

/** Reports an upcoming change that repeats the current revision or is not later than it. */
function checkUpcoming({ upcoming, revision, effective }: Record<string, unknown>, report: Report): void {
  if (!isRecord(upcoming)) return;
  if (typeof revision === 'string' && upcoming.revision === revision) {
    report('$.upcoming.revision', `is the same as the current "revision" ("${revision}") — give the upcoming policy a new revision`);
  }
  const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);
  if (isDate(upcoming.date) && isDate(effective) && upcoming.date <= effective) {
    report('$.upcoming.date', `"${upcoming.date}" is not after the current "effective" date "${effective}" — an upcoming change needs a later date`);
  }
}

/** Checks how the parts of a policy refer to each other: ids, references, `necessary`, revisions. */
export function checkPolicyLinks(policy: unknown, report: Report): void {
  if (!isRecord(policy)) return;
  const categories = entries(policy.categories, '$.categories');
  const services = categories.flatMap(([{ services }, path]) => entries(services, `${path}.services`));
  const purposes = entries(policy.purposes, '$.purposes');

  const categoryIds = uniqueIds(categories, 'category', report);
  uniqueIds(services, 'service (in the whole policy)', report);
  const dataIds = uniqueIds(entries(policy.dataCategories, '$.dataCategories'), 'data category', report);
  uniqueIds(purposes, 'purpose', report);
  for (const [{ cookies }, path] of services) {
    unique(entries(cookies, `${path}.cookies`), 'name', report, (name, first) => `the cookie "${name}" is already listed at ${first} — list each cookie once`);
  }

  if (Array.isArray(policy.categories) && !categoryIds.includes('necessary')) {
    const guess = closestName('necessary', categoryIds);
    report('$.categories', `there is no "necessary" category${guess ? ` (is "${guess}" meant to be it?)` : ''} — add one with "id": "necessary" for what the site cannot work without; it is always on`);
  }
  for (const [{ category, data }, path] of purposes) {
    checkReference(category, `${path}.category`, categoryIds, 'category', report);
    if (Array.isArray(data)) data.forEach((id, i) => checkReference(id, `${path}.data[${i}]`, dataIds, 'data category', report));
  }
  checkConsentPlacement(categories, categoryIds.filter((id) => id !== 'necessary'), purposes, report);
  checkUpcoming(policy, report);
}
