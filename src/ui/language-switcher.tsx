import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGS, type Lang, type Policy } from '../core/policy-types';
import { useTexts } from './texts';

/** The languages the switcher offers (the widget provides them from its policy). */
export const LanguagesContext = createContext<readonly Lang[]>(LANGS);

/**
 * The languages of `policy` to offer: a policy given per language (`policyForLanguage`) lists them
 * in `languages`; a full one has all three. (Read here, not with core's `isLanguagePolicy`: an
 * npm app would then keep that function in the core it loads at once.)
 */
export const policyLanguagesOffered = (policy: Policy): readonly Lang[] => (policy as { languages?: Lang[] }).languages ?? LANGS;

/** Each language's name in itself, so a visitor finds theirs whatever is shown now. */
const NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Buttons that switch the interface language; each carries its own `lang` (WCAG 3.1.2). */
export function LanguageSwitcher({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const { t, lang } = useTexts();
  const offered = useContext(LanguagesContext);
  return (
    <div class="langs" role="group" aria-label={t('language')}>
      {offered.map((l) => (
        <button key={l} type="button" class="quiet" lang={l} aria-pressed={l === lang} onClick={() => onSwitch(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
