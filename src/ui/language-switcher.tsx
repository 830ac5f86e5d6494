import { LANGS, type Lang } from '../core/policy-types';
import { useTexts } from './texts';

/** Each language's name in itself, so a visitor finds theirs whatever is shown now. */
const NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Buttons that switch the interface language; each carries its own `lang` (WCAG 3.1.2). */
export function LanguageSwitcher({ onSwitch }: { onSwitch: (lang: Lang) => void }) {
  const { t, lang } = useTexts();
  return (
    <div class="langs" role="group" aria-label={t('language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" class="quiet" lang={l} aria-pressed={l === lang} onClick={() => onSwitch(l)}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
