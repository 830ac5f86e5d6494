import type { ComponentChildren } from 'preact';
import type { Policy } from '../core/policy-types';
import { TextsContext, useTexts, type Texts } from '../ui/texts';
import { PageLanguages, type PageLanguagesProps } from './page-languages';
import { PAGE_STYLES } from './page-styles';
import { Section, sectionAnchor } from './section';
import { shownSections } from './sections';
import { Sentence } from './texts-inline';

/** What the policy page shows. */
export interface PolicyPageProps {
  policy: Policy;
  /** The page's words, in its language (`createPageTexts`). */
  texts: Texts;
  /** The language switcher; none when left out or with fewer than two languages. */
  languages?: PageLanguagesProps;
  /** Shown after the last section, before the closing line (the visitor's decision, client only). */
  children?: ComponentChildren;
}

/** The title, the operator's introduction, the table of contents and the numbered sections. */
function Notice({ policy, languages, children }: Omit<PolicyPageProps, 'texts'>) {
  const { t, p } = useTexts();
  const sections = shownSections(policy);
  return (
    <>
      {languages && <PageLanguages {...languages} />}
      <h1>{t('page.title')}</h1>
      <p>
        <Sentence id="page.intro" slot="operator">
          {p(policy.operator.name)}
        </Sentence>
      </p>
      {policy.impliedAcceptance && (
        <>
          <p>{p(policy.impliedAcceptance)}</p>
          <p>{t('page.implied')}</p>
        </>
      )}
      <nav class="kelisim-page-toc" aria-labelledby="kelisim-policy-contents">
        <h2 id="kelisim-policy-contents">{t('page.contents')}</h2>
        <ol>
          {sections.map(({ id }) => (
            <li>
              <a href={'#' + sectionAnchor(id)}>{t('page.section.' + id)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map(({ id, Body }, i) => (
        <Section id={id} number={i + 1}>
          <Body policy={policy} />
        </Section>
      ))}
      {children}
      <p class="kelisim-page-generated">{t('page.generated')}</p>
    </>
  );
}

/**
 * The privacy-policy page: the whole notice under Law 94-V from the policy JSON, in one
 * language, with its stylesheet. The same component renders on the server (static HTML) and
 * in the browser (`mountPolicyPage`), so both give the same markup.
 */
export function PolicyPage({ texts, ...props }: PolicyPageProps) {
  return (
    <TextsContext.Provider value={texts}>
      <div class="kelisim-page" lang={texts.lang}>
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLES }} />
        <Notice {...props} />
      </div>
    </TextsContext.Provider>
  );
}
