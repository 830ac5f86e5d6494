import type { Lang } from '../core/policy-types';
import { useTexts } from '../ui/texts';

/** Each language's name in itself, as in the widget's switcher. */
const NAMES: Record<Lang, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** How the page offers its other languages. */
export interface PageLanguagesProps {
  /** The languages the page exists in; no switcher for fewer than two. */
  languages: readonly Lang[];
  /** The address of the page in a language (static pages: links, which work without scripts). */
  href?: (lang: Lang) => string;
  /** Re-render in place instead (the client render without `href`): buttons. */
  onSwitch?: (lang: Lang) => void;
}

/** Links (or buttons) to the page in each language, each with its own `lang` (WCAG 3.1.2). */
export function PageLanguages({ languages, href, onSwitch }: PageLanguagesProps) {
  const { t, lang } = useTexts();
  if (languages.length < 2) return null;
  return (
    <nav class="kelisim-page-langs" aria-label={t('language')}>
      <ul>
        {languages.map((l) => (
          <li>
            {href || !onSwitch ? (
              <a href={href ? href(l) : `privacy.${l}.html`} lang={l} hreflang={l} aria-current={l === lang ? 'page' : undefined}>
                {NAMES[l]}
              </a>
            ) : (
              <button type="button" lang={l} aria-pressed={l === lang} onClick={() => onSwitch(l)}>
                {NAMES[l]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
