import { closestName } from './closest-name';
import { isRecord, quoteAll } from './field-checks';
import { LEGAL_GROUNDS } from './policy-fields';
import type { LegalGround, PolicyProblem } from './policy-types';

/** An object found in a list of the policy, with its JSON path. */
interface Entry {
  item: Record<string, unknown>;
  path: string;
}

/** The objects in the list at `value` (skipping anything else: the field checks report it). */
function entries(value: unknown, path: string): Entry[] {
  if (!Array.isArray(value)) return [];
  const found: Entry[] = [];
  value.forEach((item, i) => {
    if (isRecord(item)) found.push({ item, path: `${path}[${i}]` });
  });
  return found;
}

function idOf(entry: Entry): string | undefined {
  return typeof entry.item.id === 'string' ? entry.item.id : undefined;
}

/** Reports an id used twice in `list`; returns the ids in order of first use. */
function uniqueIds(list: Entry[], noun: string, out: PolicyProblem[]): string[] {
  const firstUse = new Map<string, string>();
  for (const entry of list) {
    const id = idOf(entry);
    if (id === undefined) continue;
    const first = firstUse.get(id);
    if (first === undefined) firstUse.set(id, entry.path);
    else out.push({ path: `${entry.path}.id`, message: `the id "${id}" is already used by ${first} — give each ${noun} its own id` });
  }
  return [...firstUse.keys()];
}

/** Reports a reference to an id that is not in `known`, with the likeliest intended one. */
function checkReference(value: unknown, path: string, known: string[], noun: string, out: PolicyProblem[]): void {
  if (typeof value !== 'string' || known.includes(value)) return;
  const guess = closestName(value, known);
  const choice = known.length > 0 ? `use one of ${quoteAll(known)}` : `add the ${noun} to the policy first`;
  const advice = guess ? `did you mean "${guess}"? Or ${choice}` : choice;
  out.push({ path, message: `there is no ${noun} "${value}" — ${advice}` });
}

/** Reports a cookie listed twice by the same service. */
function checkCookieNames(service: Entry, out: PolicyProblem[]): void {
  const seen = new Map<string, string>();
  for (const cookie of entries(service.item.cookies, `${service.path}.cookies`)) {
    const name = cookie.item.name;
    if (typeof name !== 'string') continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, cookie.path);
    else out.push({ path: `${cookie.path}.name`, message: `the cookie "${name}" is already listed at ${first} — list each cookie once` });
  }
}

/** Reports a `consentIn` that has nothing to say: on a purpose not based on consent, or whose consent the banner asks. */
function checkConsentIn(item: Record<string, unknown>, path: string, optional: string[], out: PolicyProblem[]): void {
  if (item.consentIn === undefined || !LEGAL_GROUNDS.includes(item.ground as LegalGround)) return;
  if (item.ground !== 'consent') {
    out.push({ path: `${path}.consentIn`, message: `says where consent is given, but the purpose is based on "${item.ground}" — remove "consentIn", or write "ground": "consent"` });
  } else if (optional.includes(item.category as string)) {
    out.push({ path: `${path}.consentIn`, message: `consent for the optional category "${item.category}" is given in the banner — remove "consentIn", or, if consent is given only outside the banner, move the purpose to "necessary"` });
  }
}

/** Reports purposes whose ground does not fit their category, and optional categories with no purpose. */
function checkConsentPlacement(categories: Entry[], purposes: Entry[], out: PolicyProblem[]): void {
  const optional = categories.map(idOf).filter((id): id is string => id !== undefined && id !== 'necessary');
  for (const { item, path } of purposes) {
    // Law 94-V art. 8: consent given in a form, on registration or in a contract is consent too.
    if (item.ground === 'consent' && item.category === 'necessary' && item.consentIn === undefined) {
      const where = optional.length > 0 ? `an optional category such as "${optional[0]}"` : 'an optional category (add one, e.g. "analytics")';
      out.push({ path: `${path}.category`, message: `a purpose based on consent is in "necessary", which is always on, but does not say where consent is given — if the visitor gives it in the banner, move the purpose to ${where}; if it is given elsewhere (a form, registration, a signed contract), add "consentIn": { "kk": "…", "ru": "…", "en": "…" } saying where, e.g. "en": "in the feedback form"` });
    } else if (item.ground !== 'consent' && LEGAL_GROUNDS.includes(item.ground as LegalGround) && optional.includes(item.category as string)) {
      out.push({ path: `${path}.category`, message: `a purpose based on "${item.ground}" needs no consent, so it belongs in "necessary" — or, if it does need the visitor's consent, write "ground": "consent"` });
    }
    checkConsentIn(item, path, optional, out);
  }
  for (const entry of categories) {
    const id = idOf(entry);
    if (id === undefined || id === 'necessary') continue;
    if (purposes.some(({ item }) => item.category === id && item.ground === 'consent')) continue;
    out.push({ path: entry.path, message: `no purpose asks consent for the optional category "${id}" — add a purpose with "category": "${id}" and "ground": "consent" that says why its data are processed` });
  }
}

/** Reports an upcoming change that repeats the current revision or is not later than it. */
function checkUpcoming(policy: Record<string, unknown>, out: PolicyProblem[]): void {
  const upcoming = policy.upcoming;
  if (!isRecord(upcoming)) return;
  if (typeof policy.revision === 'string' && upcoming.revision === policy.revision) {
    out.push({ path: '$.upcoming.revision', message: `is the same as the current "revision" ("${policy.revision}") — give the upcoming policy a new revision` });
  }
  const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (isDate(upcoming.date) && isDate(policy.effective) && upcoming.date <= policy.effective) {
    out.push({ path: '$.upcoming.date', message: `"${upcoming.date}" is not after the current "effective" date "${policy.effective}" — an upcoming change needs a later date` });
  }
}

/** Checks how the parts of a policy refer to each other: ids, references, `necessary`, revisions. */
export function checkPolicyLinks(policy: unknown, out: PolicyProblem[]): void {
  if (!isRecord(policy)) return;
  const categories = entries(policy.categories, '$.categories');
  const services = categories.flatMap((category) => entries(category.item.services, `${category.path}.services`));
  const dataCategories = entries(policy.dataCategories, '$.dataCategories');
  const purposes = entries(policy.purposes, '$.purposes');

  const categoryIds = uniqueIds(categories, 'category', out);
  uniqueIds(services, 'service (in the whole policy)', out);
  const dataIds = uniqueIds(dataCategories, 'data category', out);
  uniqueIds(purposes, 'purpose', out);
  services.forEach((service) => checkCookieNames(service, out));

  if (Array.isArray(policy.categories) && !categoryIds.includes('necessary')) {
    const guess = closestName('necessary', categoryIds);
    const hint = guess ? ` (is "${guess}" meant to be it?)` : '';
    out.push({ path: '$.categories', message: `there is no "necessary" category${hint} — add one with "id": "necessary" for what the site cannot work without; it is always on` });
  }
  for (const { item, path } of purposes) {
    checkReference(item.category, `${path}.category`, categoryIds, 'category', out);
    const data = Array.isArray(item.data) ? item.data : [];
    data.forEach((id, i) => checkReference(id, `${path}.data[${i}]`, dataIds, 'data category', out));
  }
  checkConsentPlacement(categories, purposes, out);
  checkUpcoming(policy, out);
}
