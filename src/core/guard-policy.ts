// The script tag's cheap check of a policy before it is shown (issue 12): only what the widget
// reads to render correctly. The full check (`validatePolicy`, with every problem at once and a
// fix for each) is the writer's: the demo and `kelisim/core`. This file imports neither
// it nor its message table, so the widget bundle carries neither.
import { isValidBin } from './bin';
import { LANGS, type Lang, type LegalGround, type Policy, type TimeUnit } from './policy-types';

/** Thrown by `guardPolicy`: the first thing that keeps the policy from being shown, with its JSON path. */
export class PolicyGuardError extends Error {
  /** JSON path of the problem, e.g. `$.categories[1].title`. */
  readonly path: string;
  /** What is wrong there, in English. */
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(`Kelisim: the policy cannot be shown: ${path}: ${problem} — check the whole policy with the demo's policy checker or validatePolicy() from kelisim/core.`);
    this.name = 'PolicyGuardError';
    this.path = path;
    this.problem = problem;
  }
}

/** Checks the value at a JSON path; throws a `PolicyGuardError` when the widget cannot show it. */
type Check = (value: unknown, path: string) => void;

const fail = (path: string, problem: string): never => {
  throw new PolicyGuardError(path, problem);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Records, so that TypeScript fails here when a unit or ground is added to the types.
const UNITS: Record<TimeUnit, 1> = { minute: 1, hour: 1, day: 1, month: 1, year: 1 };
const GROUNDS: Record<LegalGround, 1> = { consent: 1, contract: 1, 'legal-obligation': 1, 'legitimate-interest': 1 };
const LANG_SET: Record<Lang, 1> = { kk: 1, ru: 1, en: 1 };
const IN_QUOTES = 'must be text, in quotes';

/** An object with these fields; a name ending in `?` may be left out. */
const object = (fields: Record<string, Check>): Check => (value, path) => {
  if (!isRecord(value)) fail(path, 'must be an object { … }');
  for (const key of Object.keys(fields)) {
    const name = key.replace('?', '');
    const field = (value as Record<string, unknown>)[name];
    if (field !== undefined) fields[key]!(field, `${path}.${name}`);
    else if (name === key) fail(`${path}.${name}`, 'is missing');
  }
};

/** A list of items that each pass `item`; with `filled`, at least one. */
const list = (item: Check, filled?: boolean): Check => (value, path) => {
  if (!Array.isArray(value)) fail(path, 'must be a list [ … ]');
  const items = value as unknown[];
  if (filled && !items.length) fail(path, 'is an empty list');
  // An index loop: a hole in a sparse list is checked (and refused) like any other item.
  for (let i = 0; i < items.length; i++) item(items[i], `${path}[${i}]`);
};

/** Text that is not empty. */
const text: Check = (value, path) => {
  if (typeof value !== 'string') fail(path, IN_QUOTES);
  if (!(value as string).trim()) fail(path, 'is empty');
};

/** Text that matches `pattern`; `what` says what it must be. */
const matching = (pattern: RegExp, what: string): Check => (value, path) => {
  if (typeof value !== 'string' || !pattern.test(value)) fail(path, what);
};

/** One of the keys of `set`. */
const oneOf = (set: Record<string, 1>): Check => {
  const words: unknown[] = Object.keys(set);
  return (value, path) => words.includes(value) || fail(path, `must be one of "${words.join('", "')}"`);
};

const flag: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'must be true or false, without quotes');
};

/**
 * Text the widget shows in the visitor's language or, when that one is missing, in another
 * (`data-fallback`): at least one of kk, ru, en is text, and each given is text.
 */
const localized: Check = (value, path) => {
  const example = '{ "kk": "…", "ru": "…", "en": "…" }';
  if (!isRecord(value)) fail(path, `must be text in Kazakh, Russian and English: ${example}`);
  let shown = false;
  for (const lang of LANGS) {
    const inLang = (value as Record<string, unknown>)[lang];
    if (inLang !== undefined && typeof inLang !== 'string') fail(`${path}.${lang}`, IN_QUOTES);
    shown ||= typeof inLang === 'string' && !!inLang.trim();
  }
  if (!shown) fail(path, `has no text in any language: write ${example}`);
};

const amount: Check = (value, path) => {
  if (!Number.isInteger(value) || (value as number) <= 0) fail(path, 'must be a whole number above 0, without quotes');
};
const durationFields = { amount, unit: oneOf(UNITS) };
const duration = object(durationFields);
const period = object({ ...durationFields, 'after?': localized });
const retention: Check = (value, path) =>
  (isRecord(value) && 'rule' in value ? object({ rule: localized, 'max?': period }) : period)(value, path);

const countryCode = matching(/^([A-Z]{2}|unknown)$/, 'must be a two-letter country code like "KZ", or "unknown"');
const countries: Check = (value, path) => (Array.isArray(value) ? list(countryCode) : countryCode)(value, path);

/** A day written YYYY-MM-DD that the browser can format. */
const date: Check = (value, path) => {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value))) fail(path, 'must be a date like "2026-07-01"');
};

const bin: Check = (value, path) => {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) fail(path, 'must be a BIN/IIN of 12 digits, in quotes');
  if (!isValidBin(value as string)) fail(path, 'the check digit is wrong: copy the BIN/IIN from the registration certificate');
};

const cookie = object({
  name: text,
  'prefix?': flag,
  lifetime: (value, path) =>
    value === 'session' || (isRecord(value) ? duration(value, path) : fail(path, 'must be "session" or { "amount": 1, "unit": "year" }')),
  purpose: localized,
  'path?': matching(/^\//, 'must be a path starting with "/"'),
  'domain?': text,
});

const service = object({
  name: text,
  provider: localized,
  country: countries,
  'description?': localized,
  cookies: list(cookie),
  'technologies?': list(object({ kind: text, name: text, 'prefix?': flag })),
});

const purpose = object({
  id: text,
  title: localized,
  data: list(text, true),
  'ground?': oneOf(GROUNDS),
  'retention?': retention,
  'category?': (value, path) => (Array.isArray(value) ? list(text, true) : text)(value, path),
  'consentIn?': localized,
});

/** The form of a policy, as far as the widget, the clean-up and the receipts read it. */
const policyForm = object({
  'version?': (value, path) => value === 1 || value === 2 || fail(path, 'must be 2 (or 1): this Kelisim reads formats 1 and 2'),
  // The revision goes into the decision cookie, which has room for a short label only.
  'revision?': matching(/^[\w.-]{1,64}$/, 'must be a revision label like "2026-01" (letters, digits, ".", "-", "_")'),
  // A policy compiled for one language (policy.kk.json …, see policyForLanguage).
  'lang?': oneOf(LANG_SET),
  'languages?': list(oneOf(LANG_SET), true),
  operator: object({
    name: localized,
    bin,
    address: localized,
    'email?': text,
    'phone?': text,
    policyUrl: (value, path) => (typeof value === 'string' ? text : localized)(value, path),
  }),
  'summary?': localized,
  categories: list(object({
    // A category id is stored in the decision cookie, which reads only such ids back.
    id: matching(/^[a-z][a-z\d-]*$/, 'must be an id: lower-case latin letters, digits and "-", e.g. "analytics"'),
    title: localized,
    description: localized,
    services: list(service),
  }), true),
  dataCategories: list(object({ id: text, title: localized })),
  purposes: list(purpose),
  'recipients?': list(object({ name: localized, role: localized, country: countries })),
  rights: list(localized),
  authority: object({ name: localized, 'url?': text }),
  crossBorder: localized,
  localisation: localized,
  'upcoming?': object({ date, summary: localized }),
});

/**
 * A policy for one language (`lang`) is shown with the decisions made on the others: it must
 * carry the full policy's revision (its own hash would differ per language) and list its language.
 */
function checkLanguageFile({ lang, languages, revision }: Policy & { lang?: Lang; languages?: Lang[] }): void {
  if (lang && !(revision && languages?.includes(lang))) {
    fail('$', `is the "${lang}" file of a policy without its "revision" or "languages": build it with policyForLanguage() (kelisim build)`);
  }
}

/** Checks that the ids the widget looks up are there: `necessary`, each category once, and every reference. */
function checkLinks(policy: Policy): void {
  checkLanguageFile(policy);
  const ids = policy.categories.map((category) => category.id);
  ids.forEach((id, i) => ids.indexOf(id) < i && fail(`$.categories[${i}].id`, `"${id}" is the id of an earlier category too`));
  if (!ids.includes('necessary')) fail('$.categories', 'has no "necessary" category: add { "id": "necessary", … }');
  const data = new Set(policy.dataCategories.map((item) => item.id));
  policy.purposes.forEach(({ data: used, category }, i) => {
    const at = `$.purposes[${i}]`;
    used.forEach((id, j) => data.has(id) || fail(`${at}.data[${j}]`, `names the data category "${id}", which $.dataCategories does not list`));
    const refs = typeof category === 'string' ? [category] : category ?? [];
    refs.forEach((id, j) => ids.includes(id) ||
      fail(`${at}.category${typeof category === 'string' ? '' : `[${j}]`}`, `names the category "${id}", which $.categories does not list`));
  });
}

/**
 * The policy, typed, when the widget can show it correctly; otherwise throws one
 * `PolicyGuardError` naming the first problem with its JSON path. Cheap: it checks what the
 * widget reads (types, texts in at least one language, ids it looks up, a BIN's check digit),
 * not everything `validatePolicy` checks, and it reports no warnings. Never throws anything else.
 */
export function guardPolicy(input: unknown): Policy {
  try {
    policyForm(input, '$');
    checkLinks(input as Policy);
  } catch (error) {
    if (error instanceof PolicyGuardError) throw error;
    // Only values that are not plain JSON get here, e.g. an object whose getter throws.
    fail('$', 'cannot be read: give the policy as plain JSON');
  }
  return input as Policy;
}
