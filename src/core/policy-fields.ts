import {
  IN_EVERY_LANGUAGE, flag, isRecord, isText, listOf, localized, mistyped, objectOf, oneOf, positiveWhole, text, typed,
  words, type Check, type Field,
} from './field-checks';
import {
  binRule, cookieNameRule, cookiePathRule, countryRule, dateRule, emailRule, idRule, phoneRule,
  revisionRule, webAddressRule,
} from './policy-formats';
import type { LegalGround, TimeUnit } from './policy-types';

// Written as records so that TypeScript fails here when a unit or ground is added to the types.
const TIME_UNIT_SET: Record<TimeUnit, 1> = { minute: 1, hour: 1, day: 1, month: 1, year: 1 };
const GROUND_SET: Record<LegalGround, 1> = { consent: 1, contract: 1, 'legal-obligation': 1, 'legitimate-interest': 1 };

/** Every unit of time a duration may use. */
export const TIME_UNITS = Object.keys(TIME_UNIT_SET) as TimeUnit[];
/** Every legal ground a purpose may name. */
export const LEGAL_GROUNDS = Object.keys(GROUND_SET) as LegalGround[];

const DURATION = '{ "amount": 3, "unit": "year" }';

const durationFields = {
  amount: [positiveWhole, 'how many units, e.g. "amount": 6 with "unit": "month"'],
  unit: [oneOf(TIME_UNITS, 'a unit of time'), `the unit of time: one of ${TIME_UNITS.join(', ')}`],
} satisfies Record<string, Field>;
const duration = objectOf(durationFields);
const retentionTime = objectOf({ ...durationFields, 'after?': words });
const retentionRule = objectOf({ rule: 'the rule in words' });

/** How long data are kept: a duration (optionally `after` an event), or a `rule` in words. */
const retention = typed(
  isRecord,
  `a period like ${DURATION} or a rule like { "rule": ${IN_EVERY_LANGUAGE} }`,
  (value, path, report) => {
    if (!('rule' in value)) return retentionTime(value, path, report);
    if ('amount' in value || 'unit' in value || 'after' in value) {
      return report(path, 'write either "amount" and "unit" (with an optional "after"), or a "rule" in words — not both');
    }
    retentionRule(value, path, report);
  },
);

/** How long a cookie lives: 'session' or a duration. */
const lifetime: Check = (value, path, report) => {
  if (isRecord(value)) duration(value, path, report);
  else if (value !== 'session') mistyped(`"session" (deleted when the browser closes) or a duration like ${DURATION}`)(value, path, report);
};

/** The operator's web address for its privacy policy: one address, or one per language. */
const webAddress = text(webAddressRule);
const webAddressPerLanguage = localized(webAddressRule);
const policyUrl: Check = (value, path, report) =>
  (isText(value) ? webAddress : isRecord(value) ? webAddressPerLanguage : mistyped(`a web address in quotes, or one per language ${IN_EVERY_LANGUAGE}`))(value, path, report);

const id = (example: string): Field => [text(idRule), `an id, e.g. "${example}"`];
const country: Field = [text(countryRule), 'the two-letter country code, e.g. "KZ"'];

const cookie = objectOf({
  name: [text(cookieNameRule), 'the cookie name, e.g. "_ym_uid"'],
  'prefix?': flag,
  lifetime: [lifetime, `how long it lives: "session" or ${DURATION}`],
  purpose: 'what the cookie is for',
  'path?': text(cookiePathRule),
});

const service = objectOf({
  id: id('yandex-metrica'),
  name: [text(), 'the service name, e.g. "Yandex Metrica"'],
  provider: 'who provides the service',
  country,
  'description?': words,
  cookies: [listOf(cookie, 'cookie'), 'the list of cookies it sets, [ ] if none'],
});

const category = objectOf({
  id: id('analytics'),
  title: 'the category title',
  description: 'what the category is for',
  services: [listOf(service, 'service'), 'the list of its services, [ ] if none'],
});

const dataCategory = objectOf({ id: id('email'), title: 'what the data are', 'personal?': flag });

const purpose = objectOf({
  id: id('order-delivery'),
  title: 'the purpose',
  data: [listOf(text(), 'data category id', true), 'the ids of the data categories it processes, e.g. ["email"]'],
  ground: [oneOf(LEGAL_GROUNDS, 'a legal ground'), `the legal ground: one of ${LEGAL_GROUNDS.join(', ')}`],
  retention: [retention, `how long the data are kept, e.g. ${DURATION}`],
  category: [text(), 'the id of its consent category, e.g. "necessary"'],
  'consentIn?': words,
});

const operator = objectOf({
  name: 'the legal name',
  bin: [text(binRule), 'the 12-digit BIN or IIN'],
  address: 'the registered address',
  email: [text(emailRule), 'the contact e-mail for data-subject requests, e.g. "privacy@example.kz"'],
  'phone?': text(phoneRule),
  policyUrl: [policyUrl, 'the address of the full privacy policy, e.g. "https://example.kz/privacy"'],
});

const recipient = objectOf({ name: 'who receives the data', role: 'what they do with it', country });

const authority = objectOf({ name: 'the authorised body', 'url?': webAddress });

const upcoming = objectOf({
  revision: [text(revisionRule), 'the revision that will apply, e.g. "2026-07"'],
  date: [text(dateRule), 'the date it applies from, e.g. "2026-07-01"'],
  summary: 'what changes',
});

/** Checks the form of a whole policy: every field's type, presence, spelling and format. */
export const checkPolicyFields = objectOf({
  '$schema?': text(),
  'revision?': text(revisionRule),
  'effective?': text(dateRule),
  operator: [operator, 'the operator: name, bin, address, email, policyUrl'],
  'summary?': words,
  categories: [listOf(category, 'category', true), 'the consent categories, starting with "necessary"'],
  dataCategories: [listOf(dataCategory, 'data category', true), 'the kinds of data processed'],
  purposes: [listOf(purpose, 'purpose', true), 'the purposes of processing'],
  'recipients?': listOf(recipient, 'recipient'),
  rights: [listOf(words, 'right', true), `the data subject's rights, one ${IN_EVERY_LANGUAGE} each`],
  authority: [authority, 'the authorised body for complaints'],
  crossBorder: 'how cross-border transfer is handled',
  localisation: 'where the databases are kept',
  'upcoming?': upcoming,
});
