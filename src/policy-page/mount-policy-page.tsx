import { render } from 'preact';
import type { Lang, Policy } from '../core/policy-types';
import { detectLang } from '../i18n/detect-language';
import { DecisionBlock, type PageConsent } from './decision-block';
import { createPageTexts } from './page-texts';
import { PolicyPage } from './policy-page';

/** How to show the policy page in the browser. */
export interface MountPolicyPageOptions {
  /** The page's language. @default `<html lang>`, else Kazakh */
  lang?: Lang;
  /** The languages to offer in the switcher (two or more); it switches in place unless `href` is given. */
  languages?: readonly Lang[];
  /** The address of the page in a language: the switcher then links there. */
  href?: (lang: Lang) => string;
  /** Order of languages tried for a missing policy text. @default ['kk', 'ru', 'en'] */
  fallback?: readonly Lang[];
  /** The visitor's consent: the page then ends with their decision and a "change my choice" button. */
  consent?: PageConsent;
}

/** The mounted page. */
export interface PolicyPageHandle {
  /** Show the page in another language. */
  setLang(lang: Lang): void;
  /** Remove the page from its element. */
  destroy(): void;
}

/**
 * Renders the privacy-policy page of a validated `policy` into `element` (its content is
 * replaced). Never throws: an error is reported to the console and the host page goes on.
 */
export function mountPolicyPage(element: Element, policy: Policy, options: MountPolicyPageOptions = {}): PolicyPageHandle {
  const draw = (lang: Lang) => {
    try {
      const languages = options.languages && { languages: options.languages, href: options.href, onSwitch: draw };
      render(
        <PolicyPage policy={policy} texts={createPageTexts(lang, options.fallback)} languages={languages}>
          {options.consent && <DecisionBlock consent={options.consent} policy={policy} />}
        </PolicyPage>,
        element,
      );
    } catch (error) {
      console.error('Kelisim: the privacy-policy page could not be shown — check the policy with validatePolicy():', error);
    }
  };
  draw(detectLang({ explicit: options.lang, htmlLang: element.ownerDocument.documentElement.lang }));
  return { setLang: draw, destroy: () => render(null, element) };
}
