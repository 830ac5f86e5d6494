// The statements every Kazakh policy needs, with reviewed kk/ru/en texts taken from the sample
// policies (demo/policies/, reviewed in ../shared/research/kk-ru-review.md), so an owner only
// fills in what is theirs. Each stays editable in the form.
import type { Category, Localized, Policy } from '../../../src/core/policy-types';
import { POLICY_FORMAT_VERSION } from '../../../src/core/policy-types';
import digitalkazakhstan from '../../policies/digitalkazakhstan.json';
import qoldau from '../../policies/qoldau.json';
import { emptyTexts } from './empty-texts';

const dk = digitalkazakhstan as unknown as Policy;

/** The data subject's rights (Law 94-V art. 24), withdrawal (art. 8) and the complaint included. */
export const DEFAULT_RIGHTS: readonly Localized[] = dk.rights;

/** The authorised body: the Ministry of AI and Digital Development, complaints through eOtinish. */
export const DEFAULT_AUTHORITY = dk.authority;

/** Cross-border transfer (art. 16): only to countries with adequate protection, or with consent. */
export const DEFAULT_CROSS_BORDER: Localized = dk.crossBorder;

/** Localisation (art. 12(2)): the database is kept in Kazakhstan. */
export const DEFAULT_LOCALISATION: Localized = (qoldau as unknown as Policy).localisation;

/** The standing change clause: the current version at the policy's address, changes announced ahead. */
export const DEFAULT_CHANGES: Localized = dk.changes!;

/** Titles and descriptions of the usual categories, for a category the owner adds. */
export const CATEGORY_TEXTS: Record<string, { title: Localized; description: Localized }> = {
  necessary: {
    title: { kk: 'Қажетті', ru: 'Необходимые', en: 'Necessary' },
    description: {
      kk: 'Сайттың жұмысына қажетті cookie файлдары, сондықтан оларды өшіруге болмайды.',
      ru: 'Файлы cookie, необходимые для работы сайта, поэтому их нельзя отключить.',
      en: 'Cookies the site needs to work, so they cannot be switched off.',
    },
  },
  analytics: {
    title: { kk: 'Аналитика', ru: 'Аналитика', en: 'Analytics' },
    description: {
      kk: 'Сайтқа келу статистикасы: қай беттер қаралатынын және сайтты қалай жақсартуға болатынын білеміз.',
      ru: 'Статистика посещений: мы узнаём, какие страницы смотрят и как улучшить сайт.',
      en: 'Visit statistics: we learn which pages are viewed and how to improve the site.',
    },
  },
  marketing: {
    title: { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' },
    description: {
      kk: 'Жарнаманың тиімділігін өлшеу және сізге сәйкес жарнама көрсету.',
      ru: 'Измерение эффективности рекламы и показ подходящей вам рекламы.',
      en: 'Measuring how ads perform and showing ads that suit you.',
    },
  },
  functional: {
    title: { kk: 'Функционалдық', ru: 'Функциональные', en: 'Functional' },
    description: {
      kk: 'Чат, карталар және бейнелер сияқты кірістірілген қызметтер.',
      ru: 'Встроенные сервисы: чат, карты и видео.',
      en: 'Embedded services such as chat, maps and videos.',
    },
  },
};

/** A new, empty category with the usual texts for `id` (or empty texts for another id). */
export function newCategory(id: string): Category {
  const texts = CATEGORY_TEXTS[id];
  return { id, title: texts ? { ...texts.title } : emptyTexts(), description: texts ? { ...texts.description } : emptyTexts(), services: [] };
}

/**
 * The blank start: the operator and the data to fill in, the necessary category, and the
 * Kazakh defaults for rights, the authorised body, cross-border transfer, localisation and changes.
 */
export function blankPolicy(): Policy {
  return {
    version: POLICY_FORMAT_VERSION,
    operator: { name: emptyTexts(), bin: '', address: emptyTexts(), email: '', policyUrl: '' },
    categories: [newCategory('necessary')],
    dataCategories: [],
    purposes: [],
    recipients: [],
    rights: DEFAULT_RIGHTS.map((right) => ({ ...right })),
    authority: { name: { ...DEFAULT_AUTHORITY.name }, url: DEFAULT_AUTHORITY.url },
    crossBorder: { ...DEFAULT_CROSS_BORDER },
    localisation: { ...DEFAULT_LOCALISATION },
    changes: { ...DEFAULT_CHANGES },
  };
}
