import type { ConsentDecision, ConsentMethod } from '../core/consent-types';
import { pickText } from '../core/pick-text';
import { LANGS, type Lang, type Localized, type Policy } from '../core/policy-types';
import { hashString } from '../core/revision';
import { purposeGranted } from '../core/purpose-categories';

/** An item consented to: its id and its title in the decision's language. */
export interface ReceiptItem {
  /** The id in the policy. */
  id: string;
  /** Its title in the decision's language. */
  title: string;
}

/**
 * Proof of one decision (Law 94-V art. 8): who asked, on which policy text, what was granted
 * and declined, how and when. It holds no personal data: the consent id is random.
 */
export interface ConsentReceipt {
  /** The consent id (UUID v4); resends of one receipt share it. */
  id: string;
  /** When it was decided, ISO 8601 in UTC. */
  time: string;
  /** The operator's name (in the decision's language) and BIN. */
  operator: { name: string; bin: string };
  /** The policy revision decided on. */
  revision: string;
  /** Optional categories granted. */
  granted: string[];
  /** Optional categories declined. */
  declined: string[];
  /** Purposes consented to: those of the granted categories. */
  purposes: ReceiptItem[];
  /** Data categories processed for those purposes. */
  dataCategories: ReceiptItem[];
  /** The language the visitor read the policy in. */
  lang: Lang;
  /** How the decision was given: a button, custom choices, or Global Privacy Control. */
  method: ConsentMethod;
  /** A hash of every policy text as shown in `lang`, to prove which wording was agreed to. */
  textsHash: string;
}

/** Whether a value is a text in the three languages. */
function isLocalized(value: unknown): value is Localized {
  const v = value as Partial<Localized> | null;
  return typeof v === 'object' && v !== null && LANGS.every((lang) => typeof v[lang] === 'string');
}

/** The policy as shown in `lang`: each `Localized` replaced by its text, keys sorted. */
function shown(value: unknown, lang: Lang): unknown {
  if (isLocalized(value)) return pickText(value, lang, LANGS).text;
  if (Array.isArray(value)) return value.map((item) => shown(item, lang));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => key !== '$schema')
      .sort()
      .map((key) => [key, shown(record[key], lang)]),
  );
}

/** The receipt for a decision made on `policy`. Pure. */
export function buildReceipt(decision: ConsentDecision, policy: Policy): ConsentReceipt {
  const { lang, granted } = decision;
  const text = (localized: Localized) => pickText(localized, lang, LANGS).text;
  const purposes = policy.purposes.filter((purpose) => purposeGranted(purpose, granted));
  const dataIds = [...new Set(purposes.flatMap((purpose) => purpose.data))];
  return {
    id: decision.id,
    time: new Date(decision.decidedAt).toISOString(),
    operator: { name: text(policy.operator.name), bin: policy.operator.bin },
    revision: decision.revision,
    granted: [...granted],
    declined: decision.categories.filter((id) => !granted.includes(id)),
    purposes: purposes.map((purpose) => ({ id: purpose.id, title: text(purpose.title) })),
    dataCategories: dataIds.map((id) => {
      const found = policy.dataCategories.find((data) => data.id === id);
      return { id, title: found ? text(found.title) : id };
    }),
    lang,
    method: decision.method,
    textsHash: hashString(JSON.stringify(shown(policy, lang))),
  };
}
