import type { Lang } from '../core/policy-types';
import { createI18n } from '../i18n/create-i18n';

// The CLI's own strings are the `cli` section of locales/*.json, read through i18next like the
// widget's (the widget bundles leave that section out: scripts/build.mjs, withoutProblemTexts).
type CliTexts = (typeof import('../../locales/en.json'))['cli'];

/** A CLI message key (the `cli.help` texts are read by {@link helpText}). */
export type TextKey = { [K in keyof CliTexts]: CliTexts[K] extends string ? K : never }[keyof CliTexts];

/** A command whose help text `kelisim <command> --help` prints; `main` is `kelisim --help`. */
export type HelpTopic = keyof CliTexts['help'];

let i18n: ReturnType<typeof createI18n> | undefined;
const translator = (lang: Lang) => (i18n ??= createI18n('en')).getFixedT(lang);

/** A CLI message in `lang` with every `{{name}}` filled in from `params`. */
export function text(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return translator(lang)(`cli.${key}`, params);
}

/** The help text of `topic` in `lang`. */
export function helpText(lang: Lang, topic: HelpTopic): string {
  return translator(lang)(`cli.help.${topic}`);
}
