import {
  flag, isRecord, listOf, localized, objectOf, oneOf, positiveWhole, reportWrongType, text,
  type Check, type Field,
} from './field-checks';
import {
  binRule, cookieNameRule, cookiePathRule, countryRule, dateRule, emailRule, idRule, phoneRule,
  revisionRule, webAddressRule,
} from './policy-formats';
import type { LegalGround, TimeUnit } from './policy-types';

// Written as records so that TypeScript fails here when a unit or ground is added to the types.
const TIME_UNIT_SET: Record<TimeUnit, true> = { minute: true, hour: true, day: true, month: true, year: true };
const GROUND_SET: Record<LegalGround, true> = {
  consent: true, contract: true, 'legal-obligation': true, 'legitimate-interest': true,
};

/** Every unit of time a duration may use. */
export const TIME_UNITS = Object.keys(TIME_UNIT_SET) as TimeUnit[];
/** Every legal ground a purpose may name. */
export const LEGAL_GROUNDS = Object.keys(GROUND_SET) as LegalGround[];

const words = localized();
const LOCALIZED_EXAMPLE = '{ "kk": "…", "ru": "…", "en": "…" }';
const DURATION_EXAMPLE = '{ "amount": 1, "unit": "year" }';

const durationFields: Record<string, Field> = {
  amount: { check: positiveWhole, what: 'how many units, e.g. "amount": 6 with "unit": "month"' },
  unit: { check: oneOf(TIME_UNITS, 'a unit of time'), what: `the unit of time: one of ${TIME_UNITS.join(', ')}` },
};
const duration = objectOf(durationFields);
const retentionTime = objectOf({
  ...durationFields,
  after: { check: words, optional: true, what: 'the event the time counts from' },
});
const retentionRule = objectOf({ rule: { check: words, what: `the rule in words, ${LOCALIZED_EXAMPLE}` } });

/** How long data are kept: a duration (optionally `after` an event), or a `rule` in words. */
const retention: Check = (value, path, out) => {
  if (!isRecord(value)) {
    return reportWrongType(out, path, `a period like { "amount": 3, "unit": "year" } or a rule like { "rule": ${LOCALIZED_EXAMPLE} }`, value);
  }
  const hasRule = 'rule' in value;
  if (hasRule && ('amount' in value || 'unit' in value || 'after' in value)) {
    out.push({ path, message: 'write either "amount" and "unit" (with an optional "after"), or a "rule" in words — not both' });
    return;
  }
  (hasRule ? retentionRule : retentionTime)(value, path, out);
};

/** How long a cookie lives: 'session' or a duration. */
const lifetime: Check = (value, path, out) => {
  if (value === 'session') return;
  if (isRecord(value)) return duration(value, path, out);
  const expected = `"session" (deleted when the browser closes) or a duration like ${DURATION_EXAMPLE}`;
  if (typeof value !== 'string') return reportWrongType(out, path, expected, value);
  out.push({ path, message: `"${value}" is not a lifetime — write ${expected}` });
};

/** The operator's web address for its privacy policy: one address, or one per language. */
const policyUrl: Check = (value, path, out) => {
  if (typeof value === 'string') return text(webAddressRule)(value, path, out);
  if (isRecord(value)) return localized(webAddressRule)(value, path, out);
  reportWrongType(out, path, `a web address in quotes, or one per language ${LOCALIZED_EXAMPLE}`, value);
};

const id = (example: string): Field => ({ check: text(idRule), what: `an id, e.g. "${example}"` });
const inWords = (what: string): Field => ({ check: words, what: `${what}, ${LOCALIZED_EXAMPLE}` });
const country: Field = { check: text(countryRule), what: 'the two-letter country code, e.g. "KZ"' };

const cookie = objectOf({
  name: { check: text(cookieNameRule), what: 'the cookie name, e.g. "_ym_uid"' },
  prefix: { check: flag, optional: true, what: 'true when the name is a prefix' },
  lifetime: { check: lifetime, what: `how long it lives: "session" or ${DURATION_EXAMPLE}` },
  purpose: inWords('what the cookie is for'),
  path: { check: text(cookiePathRule), optional: true, what: 'the cookie path, e.g. "/"' },
});

const service = objectOf({
  id: id('yandex-metrica'),
  name: { check: text(), what: 'the service name, e.g. "Yandex Metrica"' },
  provider: inWords('who provides the service'),
  country,
  description: { ...inWords('what the service does'), optional: true },
  cookies: { check: listOf(cookie, 0, 'cookie'), what: 'the list of cookies it sets, [ ] if none' },
});

const category = objectOf({
  id: id('analytics'),
  title: inWords('the category title'),
  description: inWords('what the category is for'),
  services: { check: listOf(service, 0, 'service'), what: 'the list of its services, [ ] if none' },
});

const dataCategory = objectOf({
  id: id('email'),
  title: inWords('what the data are'),
  personal: { check: flag, optional: true, what: 'false for non-personal data' },
});

const purpose = objectOf({
  id: id('order-delivery'),
  title: inWords('the purpose'),
  data: { check: listOf(text(), 1, 'data category id'), what: 'the ids of the data categories it processes, e.g. ["email"]' },
  ground: { check: oneOf(LEGAL_GROUNDS, 'a legal ground'), what: `the legal ground: one of ${LEGAL_GROUNDS.join(', ')}` },
  retention: { check: retention, what: 'how long the data are kept, e.g. { "amount": 3, "unit": "year" }' },
  category: { check: text(), what: 'the id of its consent category, e.g. "necessary"' },
  consentIn: { ...inWords('where consent is given outside the banner, e.g. "in the feedback form"'), optional: true },
});

const operator = objectOf({
  name: inWords('the legal name'),
  bin: { check: text(binRule), what: 'the 12-digit BIN or IIN' },
  address: inWords('the registered address'),
  email: { check: text(emailRule), what: 'the contact e-mail for data-subject requests, e.g. "privacy@example.kz"' },
  phone: { check: text(phoneRule), optional: true, what: 'a phone number, e.g. "+7 727 123 45 67"' },
  policyUrl: { check: policyUrl, what: 'the address of the full privacy policy, e.g. "https://example.kz/privacy"' },
});

const recipient = objectOf({ name: inWords('who receives the data'), role: inWords('what they do with it'), country });

const authority = objectOf({
  name: inWords('the authorised body'),
  url: { check: text(webAddressRule), optional: true, what: 'its web address' },
});

const upcoming = objectOf({
  revision: { check: text(revisionRule), what: 'the revision that will apply, e.g. "2026-07"' },
  date: { check: text(dateRule), what: 'the date it applies from, e.g. "2026-07-01"' },
  summary: inWords('what changes'),
});

/** Checks the form of a whole policy: every field's type, presence, spelling and format. */
export const checkPolicyFields: Check = objectOf({
  $schema: { check: text(), optional: true, what: 'the JSON Schema address' },
  revision: { check: text(revisionRule), optional: true, what: 'a revision, e.g. "2026-01"' },
  effective: { check: text(dateRule), optional: true, what: 'the date it took effect, e.g. "2026-01-15"' },
  operator: { check: operator, what: 'the operator: name, bin, address, email, policyUrl' },
  summary: { ...inWords('a short summary for the banner'), optional: true },
  categories: { check: listOf(category, 1, 'category'), what: 'the consent categories, starting with "necessary"' },
  dataCategories: { check: listOf(dataCategory, 1, 'data category'), what: 'the kinds of data processed' },
  purposes: { check: listOf(purpose, 1, 'purpose'), what: 'the purposes of processing' },
  recipients: { check: listOf(recipient, 0, 'recipient'), optional: true, what: 'who receives data' },
  rights: { check: listOf(words, 1, 'right'), what: `the data subject's rights, one ${LOCALIZED_EXAMPLE} each` },
  authority: { check: authority, what: 'the authorised body for complaints' },
  crossBorder: inWords('how cross-border transfer is handled'),
  localisation: inWords('where the databases are kept'),
  upcoming: { check: upcoming, optional: true, what: 'an announced change' },
});
