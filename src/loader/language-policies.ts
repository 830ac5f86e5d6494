import { fetchPolicy } from '../core/fetch-policy';
import { guardPolicy } from '../core/guard-policy';
import { isLanguagePolicy, mergeLanguagePolicies } from '../core/policy-language';
import { LANGS, type Lang, type Policy } from '../core/policy-types';
import { policyRevision } from '../core/revision';
import type { KelisimConfig } from '../types';
import { widgetLang } from '../i18n/detect-language';
import { policyUrl } from './policy-url';
import { readPolicy } from './read-policy';

/** Resolves to the policy that holds `lang`'s texts too, or to null (the reason is in the console). */
export type LoadLanguage = (lang: Lang) => Promise<Policy | null>;

/**
 * The other languages of a policy given one file per language (`template` holds `{lang}`;
 * `shown`: the file the widget shows first). Each language's file is fetched once, when first
 * asked for, guarded, checked to carry `shown`'s revision (so a decision stays valid in every
 * language) and merged into the policy shown. A file that cannot be used is reported once, with
 * its URL, and resolves to null: the widget keeps its language. A policy with every language
 * (no `lang` field) needs no fetch.
 */
export function createLanguageLoader(template: string, shown: Policy): LoadLanguage {
  let merged = shown;
  const have = new Set<Lang>(isLanguagePolicy(shown) ? [shown.lang] : LANGS);
  const loads = new Map<Lang, Promise<Policy | null>>();
  const revision = policyRevision(shown);
  return (lang) => {
    if (have.has(lang)) return Promise.resolve(merged);
    let load = loads.get(lang);
    if (!load) {
      const url = policyUrl(template, lang);
      load = fetchPolicy(url)
        .then((input) => {
          const other = guardPolicy(input);
          const got = policyRevision(other);
          if (got !== revision) {
            throw new Error(`Kelisim: the policy ${url} has revision "${got}" but the one shown has "${revision}": build every language's file from the same policy.`);
          }
          merged = mergeLanguagePolicies(merged, other);
          have.add(lang);
          return merged;
        })
        .catch((error: Error) => {
          const { message } = error;
          console.error(message.includes(url) ? message : `${message} (in ${url})`);
          // Asked again later (a network hiccup), it is fetched again.
          loads.delete(lang);
          return null;
        });
      loads.set(lang, load);
    }
    return load;
  };
}

/** The policy a script tag shows first, in the widget's language. */
export interface ShownPolicy {
  /** Guarded; with `{lang}` in the URL, the file of `lang` only. */
  policy: Policy;
  /** The widget's language when the policy comes one file per language, else the tag's `data-lang`. */
  lang?: Lang;
  /** The policy URL with `{lang}` in it, kept once `policy` holds the fetched file (the UI chunk's `prepare`). */
  policyTemplate?: string;
}

/**
 * Reads and guards the policy `config` names (see `readPolicy`; `request`: its fetch, already
 * under way). With `{lang}` in the URL, the file of the widget's language (`widgetLang`). Throws
 * the reason, with what to do, when there is no policy the widget can show.
 */
export async function readShownPolicy(config: KelisimConfig & { policyTemplate?: string }, request?: Promise<Response>): Promise<ShownPolicy> {
  const { policy } = config;
  const policyTemplate = typeof policy === 'string' ? (policy.includes('{lang}') ? policy : undefined) : config.policyTemplate;
  const lang = policyTemplate ? widgetLang(config.lang) : config.lang;
  return { policy: guardPolicy(await readPolicy(config, request, lang)), lang, policyTemplate };
}

/**
 * What the widget needs to show other languages of a `shown` policy given per language: the
 * `loadLanguage` hook for the language switcher, and, for the bilingual layout, the policy with
 * the second language (Kazakh with Russian) already merged, so the banner appears once, whole.
 * Without `{lang}`, the policy as it is and no hook.
 */
export async function withLanguages(config: KelisimConfig, { policy, lang, policyTemplate }: ShownPolicy): Promise<{ policy: Policy; loadLanguage?: LoadLanguage }> {
  if (!policyTemplate) return { policy };
  const loadLanguage = createLanguageLoader(policyTemplate, policy);
  const second = config.bilingual && lang !== 'en' ? await loadLanguage(lang === 'ru' ? 'kk' : 'ru') : null;
  return { policy: second ?? policy, loadLanguage };
}
