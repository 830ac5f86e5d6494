import { render } from 'preact';
import type { i18n } from 'i18next';
import type { Consent } from '../core/consent-types';
import type { Lang, Policy } from '../core/policy-types';
import { widgetLang } from '../i18n/detect-language';
import type { KelisimConfig } from '../types';
import { adoptStyles } from './adopt-styles';
import { ErrorBoundary } from './error-boundary';
import { listenHostActions } from './host-actions';
import { createErrorReporter, guarded } from './report-error';
import { STYLES } from './styles';
import { Widget, type DialogSource, type WidgetControls } from './widget';

/** How to show the widget: the validated policy and the display options of `KelisimConfig`. */
export interface MountOptions
  extends Pick<KelisimConfig, 'lang' | 'fallback' | 'bilingual' | 'layout' | 'theme' | 'floatingButton'> {
  /** The validated policy. */
  policy: Policy;
  /** A GPC decision was just recorded: show the banner saying why, with Settings to opt in. */
  notice?: 'gpc';
  /**
   * For a policy given one language at a time (`policyForLanguage`): resolves to the policy with
   * `lang`'s texts too, or to null when they cannot be had (reported to the console; the widget
   * keeps its language). Called when the visitor switches language, after the widget's own
   * strings of that language are ready. @default none: `policy` has every language
   */
  loadLanguage?: (lang: Lang) => Promise<Policy | null>;
}

/** Where the widget's words and dialog come from: bundled (npm) or in chunks (the script tag). */
export interface WidgetParts {
  /** The translator of the first render, in `lang`. */
  i18n(lang: Lang): i18n;
  dialog: DialogSource;
  /** Gets the widget's own strings of a language ready (before `MountOptions.loadLanguage`). */
  loadLanguage?: (lang: Lang) => Promise<void>;
}

/** The mounted widget. */
export interface WidgetHandle {
  /** Open the preferences dialog. */
  open(): void;
  /** Close the preferences dialog without deciding anything. */
  close(): void;
  /** Switch the interface language. */
  setLang(lang: Lang): void;
  /** Remove the widget, its listeners and, if it created it, the `#kelisim` host element. */
  destroy(): void;
}


/**
 * Shows the consent widget for `consent` in `#kelisim` (created if absent) inside an open
 * shadow root, with its words and dialog from `parts`. Never throws: an error is reported once
 * to the console and the page goes on.
 */
export function mountWith(consent: Consent, options: MountOptions, parts: WidgetParts): WidgetHandle {
  const report = createErrorReporter();
  const controls = {} as WidgetControls;
  let destroy = () => {};
  try {
    let host = document.getElementById('kelisim');
    const created = !host;
    if (!host) {
      host = document.createElement('div');
      host.id = 'kelisim';
      document.body.appendChild(host);
    }
    // Inline !important beats host-page rules such as `#kelisim { display: none }`.
    host.style.setProperty('display', 'block', 'important');
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    adoptStyles(root, STYLES);
    const container = document.createElement('div');
    root.appendChild(container);

    const lang = widgetLang(options.lang);
    const stopListening = listenHostActions(document, {
      open: guarded(report, (el) => controls.open?.(el)),
      act: guarded(report, (action) => controls.act?.(action)),
    });
    consent.setLang(lang);
    render(
      <ErrorBoundary report={report}>
        <Widget
          consent={consent}
          policy={options.policy}
          i18n={parts.i18n(lang)}
          lang={lang}
          fallback={options.fallback ?? ['kk', 'ru', 'en']}
          bilingual={!!options.bilingual}
          layout={options.layout ?? 'bar'}
          theme={options.theme ?? 'auto'}
          floatingButton={options.floatingButton ?? true}
          notice={options.notice}
          host={host}
          controls={controls}
          report={report}
          dialog={parts.dialog}
          loadLanguage={loadLanguage(parts.loadLanguage, options.loadLanguage)}
        />
      </ErrorBoundary>,
      container,
    );
    const shown = host;
    destroy = () => {
      stopListening();
      render(null, container);
      if (created) shown.remove();
      else {
        container.remove();
        root.querySelectorAll('style').forEach((style) => style.remove());
        if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [];
      }
    };
  } catch (error) {
    report(error);
  }
  return {
    open: () => controls.open?.(),
    close: () => controls.close?.(),
    setLang: (lang) => controls.setLang?.(lang),
    destroy: guarded(report, () => {
      destroy();
      destroy = () => {};
    }),
  };
}

/** Both hooks in order (the widget's strings, then the policy's texts), or undefined when neither is given. */
function loadLanguage(
  strings: ((lang: Lang) => Promise<void>) | undefined,
  policy: ((lang: Lang) => Promise<Policy | null>) | undefined,
): ((lang: Lang) => Promise<Policy | null | void>) | undefined {
  if (!strings && !policy) return undefined;
  return async (lang) => {
    await strings?.(lang);
    return policy?.(lang);
  };
}
