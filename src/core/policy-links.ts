import { closestName } from './closest-name';
import { IN_EVERY_LANGUAGE, isRecord, isText, quoteAll, suggest, type Report } from './field-checks';
import { LEGAL_GROUNDS } from './policy-fields';
import type { LegalGround } from './policy-types';

/** An object found in a list of the policy, with its JSON path. */
type Entry = [item: Record<string, unknown>, path: string];

/** The objects in the list at `value` (skipping anything else: the field checks report it). */
const entries = (value: unknown, path: string): Entry[] =>
  Array.isArray(value) ? value.flatMap((item, i): Entry[] => (isRecord(item) ? [[item, `${path}[${i}]`]] : [])) : [];

/** Reports each repeat of a text `key` in `list`, saying where it came first; returns the texts in order of first use. */
function unique(list: Entry[], key: string, report: Report, repeated: (value: string, first: string) => string): string[] {
  // Each text with the path where it came first; a Map keeps thousands of services linear.
  const firsts = new Map<string, string>();
  for (const [item, path] of list) {
    const value = item[key];
    if (!isText(value)) continue;
    const first = firsts.get(value);
    if (first === undefined) firsts.set(value, path);
    else report(`${path}.${key}`, repeated(value, first));
  }
  return [...firsts.keys()];
}

/** Reports an id used twice in `list`; returns the ids in order of first use. */
const uniqueIds = (list: Entry[], noun: string, report: Report): string[] =>
  unique(list, 'id', report, (id, first) => `the id "${id}" is already used by ${first} — give each ${noun} its own id`);

/** Reports a reference to an id that is not in `known`, with the likeliest intended one. */
function checkReference(value: unknown, path: string, known: string[], noun: string, report: Report): void {
  if (isText(value) && !known.includes(value)) {
    const choice = known.length ? `use one of ${quoteAll(known)}` : `add the ${noun} to the policy first`;
    report(path, `there is no ${noun} "${value}" — ${suggest(closestName(value, known), choice)}`);
  }
}

/** Reports purposes whose ground or `consentIn` does not fit their category, and optional categories with no purpose. */
function checkConsent(categories: Entry[], optional: string[], purposes: Entry[], report: Report): void {
  for (const [{ ground, category, consentIn }, path] of purposes) {
    if (!LEGAL_GROUNDS.includes(ground as LegalGround)) continue;
    const inOptional = optional.includes(category as string);
    const consent = ground === 'consent';
    const explained = consentIn !== undefined;
    // Law 94-V art. 8: consent given in a form, on registration or in a contract is consent too.
    if (consent && category === 'necessary' && !explained) {
      const where = optional.length ? `an optional category such as "${optional[0]}"` : 'an optional category (add one, e.g. "analytics")';
      report(`${path}.category`, `a purpose based on consent is in "necessary", which is always on, but does not say where consent is given — if the visitor gives it in the banner, move the purpose to ${where}; if it is given elsewhere (a form, registration, a signed contract), add "consentIn": ${IN_EVERY_LANGUAGE} saying where, e.g. "en": "in the feedback form"`);
    }
    if (!consent && inOptional) {
      report(`${path}.category`, `a purpose based on "${ground}" needs no consent, so it belongs in "necessary" — or, if it does need the visitor's consent, write "ground": "consent"`);
    }
    if (explained && !consent) {
      report(`${path}.consentIn`, `says where consent is given, but the purpose is based on "${ground}" — remove "consentIn", or write "ground": "consent"`);
    }
    if (explained && consent && inOptional) {
      report(`${path}.consentIn`, `consent for the optional category "${category}" is given in the banner — remove "consentIn", or, if consent is given only outside the banner, move the purpose to "necessary"`);
    }
  }
  for (const [{ id }, path] of categories) {
    if (isText(id) && id !== 'necessary' && !purposes.some(([item]) => item.category === id && item.ground === 'consent')) {
      report(path, `no purpose asks consent for the optional category "${id}" — add a purpose with "category": "${id}" and "ground": "consent" that says why its data are processed`);
    }
  }
}

/** Checks how the parts of a policy refer to each other: ids, references, `necessary`, revisions. */
export function checkPolicyLinks(policy: unknown, report: Report): void {
  if (!isRecord(policy)) return;
  const { upcoming, revision, effective } = policy;
  const categories = entries(policy.categories, '$.categories');
  const services = categories.flatMap(([item, path]) => entries(item.services, `${path}.services`));
  const purposes = entries(policy.purposes, '$.purposes');
  const categoryIds = uniqueIds(categories, 'category', report);
  const dataIds = uniqueIds(entries(policy.dataCategories, '$.dataCategories'), 'data category', report);
  uniqueIds(services, 'service (in the whole policy)', report);
  uniqueIds(purposes, 'purpose', report);
  for (const [item, path] of services) {
    unique(entries(item.cookies, `${path}.cookies`), 'name', report, (name, first) => `the cookie "${name}" is already listed at ${first} — list each cookie once`);
  }

  if (Array.isArray(policy.categories) && !categoryIds.includes('necessary')) {
    const guess = closestName('necessary', categoryIds);
    report('$.categories', `there is no "necessary" category${guess ? ` (is "${guess}" meant to be it?)` : ''} — add one with "id": "necessary" for what the site cannot work without; it is always on`);
  }
  for (const [{ category, data }, path] of purposes) {
    checkReference(category, `${path}.category`, categoryIds, 'category', report);
    if (Array.isArray(data)) data.forEach((id, i) => checkReference(id, `${path}.data[${i}]`, dataIds, 'data category', report));
  }
  checkConsent(categories, categoryIds.filter((id) => id !== 'necessary'), purposes, report);

  // An upcoming change must bring a new revision and a later date.
  if (!isRecord(upcoming)) return;
  if (isText(revision) && upcoming.revision === revision) {
    report('$.upcoming.revision', `is the same as the current "revision" ("${revision}") — give the upcoming policy a new revision`);
  }
  const isDate = (value: unknown): value is string => isText(value) && /^\d{4}-\d\d-\d\d$/.test(value);
  if (isDate(upcoming.date) && isDate(effective) && upcoming.date <= effective) {
    report('$.upcoming.date', `"${upcoming.date}" is not after the current "effective" date "${effective}" — an upcoming change needs a later date`);
  }
}
