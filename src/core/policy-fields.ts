import {
  IN_EVERY_LANGUAGE, flag, isRecord, isText, listOf, localized, mistyped, objectOf, oneOf, positiveWhole, text, typed,
  words, wordsField, type Check, type Field,
} from './field-checks';
import {
  binRule, cookieDomainRule, cookieNameRule, cookiePathRule, countryRule, dateRule, emailRule, idRule, phoneRule,
  revisionRule, webAddressRule,
} from './policy-formats';
import type { LegalGround, Property, TechnologyKind, TimeUnit } from './policy-types';

// Written as records so that TypeScript fails here when a unit or ground is added to the types.
const TIME_UNIT_SET: Record<TimeUnit, 1> = { minute: 1, hour: 1, day: 1, month: 1, year: 1 };
const GROUND_SET: Record<LegalGround, 1> = { consent: 1, contract: 1, 'legal-obligation': 1, 'legitimate-interest': 1 };
const TECHNOLOGY_SET: Record<TechnologyKind, 1> = { pixel: 1, 'local-storage': 1, 'session-storage': 1, sdk: 1 };
const PROPERTY_SET: Record<Property['kind'], 1> = { website: 1, app: 1 };

/** Every unit of time a duration may use. */
export const TIME_UNITS = /* @__PURE__ */ Object.keys(TIME_UNIT_SET) as TimeUnit[];
/** Every legal ground a purpose may name. */
export const LEGAL_GROUNDS = /* @__PURE__ */ Object.keys(GROUND_SET) as LegalGround[];

const durationFields = {
  amount: [positiveWhole, '6'],
  unit: [oneOf(TIME_UNITS, 'not-unit'), '"month"'],
} satisfies Record<string, Field>;
const duration = /* @__PURE__ */ objectOf(durationFields);
// A function, not a spread at the top level: an app's bundler drops an unused call it knows is
// pure, but keeps a spread (a getter could run), and the checks with it, in every app.
const withDuration = /* @__NO_SIDE_EFFECTS__ */ (fields: Record<string, Field>) => ({ ...durationFields, ...fields });
const retentionTime = /* @__PURE__ */ objectOf(withDuration({ 'after?': words, 'upTo?': flag }));
const retentionRule = /* @__PURE__ */ objectOf({ rule: wordsField, 'max?': objectOf(withDuration({ 'after?': words })) });

/**
 * How long data are kept: a period (maybe after an event, maybe a ceiling), or a `rule` in words
 * (maybe with a `max`). Told apart by `rule`, so one mistake gives one problem.
 */
const retention = /* @__PURE__ */ typed(isRecord, 'type-retention', (value, path, report) => {
  if (!('rule' in value)) return retentionTime(value, path, report);
  if ('amount' in value || 'unit' in value || 'after' in value || 'upTo' in value) return report(path, 'retention-both');
  retentionRule(value, path, report);
});

/** How long a cookie lives: 'session' or a duration. */
const lifetime: Check = (value, path, report) => {
  if (isRecord(value)) duration(value, path, report);
  else if (value !== 'session') mistyped('type-lifetime')(value, path, report);
};

/** The operator's web address for its privacy policy: one address, or one per language. */
const webAddress = /* @__PURE__ */ text(webAddressRule);
const webAddressPerLanguage = /* @__PURE__ */ localized(webAddressRule);
const policyUrl: Check = (value, path, report) =>
  (isText(value) ? webAddress : isRecord(value) ? webAddressPerLanguage : mistyped('type-policy-url'))(value, path, report);

const id = /* @__NO_SIDE_EFFECTS__ */ (example: string): Field => [text(idRule), `"${example}"`];
const countryCode = /* @__PURE__ */ text(countryRule);

/** Where data go: a country code, a list of them, or "unknown". */
const countries: Field = [(value, path, report) => {
  if (value === 'unknown') return;
  if (isText(value)) return countryCode(value, path, report);
  if (!Array.isArray(value)) return mistyped('type-countries')(value, path, report);
  listOf((code, at) => code === 'unknown' || countryCode(code, at, report), true)(value, path, report);
  value.forEach((code, i) => {
    if (code === 'unknown') report(`${path}[${i}]`, 'country-unknown-in-list');
    else if (value.indexOf(code) < i) report(`${path}[${i}]`, 'duplicate-in-list', { value: String(code) });
  });
}, '"KZ"'];

/** A list of ids, each given once. */
const idList = /* @__NO_SIDE_EFFECTS__ */ (required?: boolean): Check => (value, path, report) => {
  listOf(text(), required)(value, path, report);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (isText(item) && value.indexOf(item) < i) report(`${path}[${i}]`, 'duplicate-in-list', { value: item });
    });
  }
};

/** A purpose's consent category: one id, or a list of optional ones that must all be granted. */
const categoryRef: Check = (value, path, report) =>
  (isText(value) ? text() : Array.isArray(value) ? idList(true) : mistyped('type-category-ref'))(value, path, report);

const cookie = /* @__PURE__ */ objectOf({
  name: [text(cookieNameRule), '"_ym_uid"'],
  'prefix?': flag,
  lifetime: [lifetime, '"session" or { "amount": 3, "unit": "year" }'],
  purpose: wordsField,
  'path?': text(cookiePathRule),
  'domain?': text(cookieDomainRule),
});

const technology = /* @__PURE__ */ objectOf({
  kind: [oneOf(/* @__PURE__ */ Object.keys(TECHNOLOGY_SET), 'not-technology'), '"local-storage"'],
  name: [text(), '"_ym_retryReqs"'],
  'prefix?': flag,
  purpose: wordsField,
});

const service = /* @__PURE__ */ objectOf({
  id: id('yandex-metrica'),
  name: [text(), '"Yandex Metrica"'],
  provider: wordsField,
  country: countries,
  'description?': words,
  cookies: [listOf(cookie), '[ ]'],
  'technologies?': listOf(technology),
});

const category = /* @__PURE__ */ objectOf({
  id: id('analytics'),
  title: wordsField,
  description: wordsField,
  services: [listOf(service), '[ ]'],
});

const dataCategory = /* @__PURE__ */ objectOf({ id: id('email'), title: wordsField, 'personal?': flag });

// `ground`, `retention` and `category` may be left out in some cases; the links check says when they are needed.
const purpose = /* @__PURE__ */ objectOf({
  id: id('order-delivery'),
  title: wordsField,
  data: [idList(true), '["email"]'],
  'ground?': oneOf(LEGAL_GROUNDS, 'not-ground'),
  'retention?': retention,
  'category?': categoryRef,
  'consentIn?': words,
  'withdrawIn?': words,
});

const property = /* @__PURE__ */ objectOf({
  kind: [oneOf(/* @__PURE__ */ Object.keys(PROPERTY_SET), 'not-property'), '"website"'],
  name: [text(), '"dala-market.kz"'],
  'url?': webAddress,
});

const operator = /* @__PURE__ */ objectOf({
  name: wordsField,
  bin: [text(binRule), '"180540012343"'],
  address: wordsField,
  'email?': text(emailRule),
  'contactUrl?': webAddress,
  'phone?': text(phoneRule),
  policyUrl: [policyUrl, '"https://example.kz/privacy"'],
  'properties?': listOf(property, true),
});

const recipient = /* @__PURE__ */ objectOf({
  name: wordsField,
  role: wordsField,
  country: countries,
  'data?': idList(true),
  'purposes?': idList(true),
  'scope?': words,
});

const authority = /* @__PURE__ */ objectOf({ name: wordsField, 'url?': webAddress });

const upcoming = /* @__PURE__ */ objectOf({
  revision: [text(revisionRule), '"2026-07"'],
  date: [text(dateRule), '"2026-07-01"'],
  summary: wordsField,
});

const special = /* @__PURE__ */ objectOf({ processed: [flag, 'false'], statement: wordsField });

const version: Check = (value, path, report) => {
  if (value !== 1 && value !== 2) report(path, 'version', { value: JSON.stringify(value) ?? String(value) });
};

/** Checks the form of a whole policy: every field's type, presence, spelling and format. */
export const checkPolicyFields = /* @__PURE__ */ objectOf({
  '$schema?': text(),
  'version?': version,
  'revision?': text(revisionRule),
  'effective?': text(dateRule),
  operator: [operator, '{ "name": …, "bin": …, "address": …, "email": …, "policyUrl": … }'],
  'summary?': words,
  'impliedAcceptance?': words,
  categories: [listOf(category, true), '[{ "id": "necessary", … }]'],
  dataCategories: [listOf(dataCategory, true), '[{ "id": "email", "title": … }]'],
  'dataSources?': listOf(words, true),
  'dataSubjects?': listOf(words, true),
  purposes: [listOf(purpose, true), '[{ "id": …, "title": …, "data": …, "ground": …, "retention": …, "category": … }]'],
  'recipients?': listOf(recipient),
  'specialCategories?': special,
  rights: [listOf(words, true), '[' + IN_EVERY_LANGUAGE + ', …]'],
  authority: [authority, '{ "name": … }'],
  crossBorder: wordsField,
  localisation: wordsField,
  'changes?': words,
  'upcoming?': upcoming,
});
