import type { i18n } from 'i18next';
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Consent, ConsentDecision } from '../core/consent-types';
import type { Lang, Policy } from '../core/policy-types';
import { storeLang } from '../i18n/stored-language';
import type { Layout, Theme } from '../types';
import { Banner } from './banner';
import { bannerSummary } from './banner-summary';
import { inertOutside } from './inert-outside';
import { LanguagesContext, policyLanguagesOffered } from './language-switcher';
import { chosenIds, initialChoices, toggleChoice } from './pending-choices';
import type { PreferencesDialogProps } from './preferences-dialog';
import { guarded, type ErrorReporter } from './report-error';
import { createTexts, TextsContext } from './texts';

/** A decision the widget's buttons (or the host page's) can make. */
export type WidgetAction = 'accept-all' | 'reject-all' | 'save';

/** The handles `mount` drives the widget with; the widget fills them in on every render. */
export interface WidgetControls {
  open(opener?: Element | null): void;
  close(): void;
  setLang(lang: Lang): void;
  act(action: WidgetAction): void;
}

/** The preferences dialog and, when it brings its own, the translator for the whole widget from then on. */
export interface DialogParts {
  Dialog: ComponentType<PreferencesDialogProps>;
  i18n?: i18n;
}

/**
 * The dialog at hand (the npm widget), or how to get it in a language (the script tag's dialog
 * chunk, loaded when the visitor first opens the settings; undefined when it cannot be loaded).
 */
export type DialogSource = DialogParts | ((lang: Lang) => Promise<DialogParts | undefined>);

/** Everything the widget is rendered with, defaults already applied. */
export interface WidgetProps {
  consent: Consent;
  policy: Policy;
  i18n: i18n;
  lang: Lang;
  fallback: readonly Lang[];
  bilingual: boolean;
  layout: Layout;
  theme: Theme;
  floatingButton: boolean;
  notice?: 'gpc';
  host: HTMLElement;
  controls: WidgetControls;
  report: ErrorReporter;
  dialog: DialogSource;
  /**
   * Gets a language ready before the widget switches to it (its strings, a one-language
   * policy's texts); the switch waits for it. It may resolve to the policy with that language's
   * texts (shown from then on), or to null when they cannot be had (the widget keeps its
   * language; the reason is in the console). Absent: the switch is immediate.
   */
  loadLanguage?: (lang: Lang) => Promise<Policy | null | void>;
}

/** The element that has focus, looking inside our shadow root when focus is on the host. */
function focusedElement(host: HTMLElement): Element | null {
  const active = document.activeElement;
  return active === host ? (host.shadowRoot?.activeElement ?? null) : active;
}

/** The widget: banner until a decision, the preferences dialog on demand, the floating button after. */
export function Widget(props: WidgetProps) {
  const { consent, host, report } = props;
  const [policy, setPolicy] = useState(props.policy);
  const [lang, setLang] = useState(props.lang);
  const [decision, setDecision] = useState<ConsentDecision | null>(() => consent.get());
  const [notice, setNotice] = useState(props.notice);
  const [dialog, setDialog] = useState(false);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState('');
  const [parts, setParts] = useState(typeof props.dialog === 'function' ? undefined : props.dialog);
  const i18n = parts?.i18n ?? props.i18n;
  const opener = useRef<Element | null>(null);
  const floating = useRef<HTMLButtonElement>(null);
  const warned = useMemo(() => new Set<string>(), []);
  // The same words until the language changes: a new value would redraw every service listed.
  const texts = useMemo(
    () => createTexts(i18n, lang, { bilingual: props.bilingual, fallback: props.fallback, warned }),
    [i18n, lang, props.bilingual, props.fallback],
  );
  // Per language, in the languages shown: build-time strings arrive one language at a time.
  const summary = useMemo(
    () => policy.summary ?? bannerSummary(policy, i18n, props.fallback, props.bilingual && lang !== 'en' ? ['kk', 'ru'] : [lang]),
    [policy, i18n, lang],
  );
  const optional = policy.categories.filter((c) => c.id !== 'necessary');
  const banner = !decision || !!notice;
  const modal = dialog || (banner && props.layout === 'modal');

  useEffect(() => consent.on('change', (change) => setDecision(change.decision)), [consent]);
  // While a modal is open, the host page is inert: not tab-reachable, hidden from screen readers.
  useLayoutEffect(() => (modal ? inertOutside(host) : undefined), [modal]);
  // Focus goes back to whatever opened the dialog, even on the host page; else to our button.
  useLayoutEffect(() => {
    if (dialog || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    ((back.isConnected && (back as HTMLElement)) || floating.current)?.focus?.();
  }, [dialog]);

  const switchLang = (next: Lang) => {
    const go = (shown?: Policy | null | void) => {
      // A policy given per language: the current language stays until the other one has loaded.
      if (shown === null) return;
      if (shown) setPolicy(shown);
      setLang(next);
      consent.setLang(next);
    };
    const ready = props.loadLanguage?.(next);
    if (ready) ready.then(guarded(report, go), report);
    else go();
  };
  const open = (from?: Element | null) => {
    opener.current = from ?? focusedElement(host) ?? document.body;
    setPending(initialChoices(policy, consent.has));
    if (parts) setDialog(true);
    // The dialog's code comes on first use; the banner stays as it is meanwhile.
    else if (typeof props.dialog === 'function') {
      props.dialog(lang).then((got) => {
        if (!got) return;
        setParts(got);
        setDialog(true);
      }, report);
    }
  };
  const act = (action: WidgetAction) => {
    const made =
      action === 'accept-all'
        ? consent.acceptAll()
        : action === 'reject-all'
          ? consent.rejectAll()
          : consent.set(chosenIds(pending));
    const titles = policy.categories.filter((c) => made.granted.includes(c.id)).map((c) => texts.s(c.title));
    setDecision(made);
    setNotice(undefined);
    setDialog(false);
    setMessage(texts.t('saved', { list: titles.join(', ') || texts.t('none') }));
  };
  Object.assign(props.controls, {
    open: guarded(report, open),
    close: guarded(report, () => setDialog(false)),
    setLang: guarded(report, switchLang),
    act: guarded(report, act),
  } satisfies WidgetControls);
  const { controls } = props;

  return (
    <TextsContext.Provider value={texts}>
      <LanguagesContext.Provider value={policyLanguagesOffered(policy)}>
      <div class={'k ' + props.theme} lang={lang}>
        {banner && (
          <Banner
            policy={policy}
            layout={props.layout}
            choice={optional.length > 0}
            summary={summary}
            notice={notice}
            inert={dialog}
            onAccept={() => controls.act('accept-all')}
            onReject={() => controls.act('reject-all')}
            onSettings={() => controls.open()}
            onDismiss={() => setNotice(undefined)}
            onLang={(l) => (storeLang(l), controls.setLang(l))}
          />
        )}
        {dialog && parts && (
          <parts.Dialog
            policy={policy}
            decision={decision}
            pending={pending}
            onToggle={(id, on) => setPending(toggleChoice(policy, pending, id, on))}
            onSave={() => controls.act('save')}
            onAccept={() => controls.act('accept-all')}
            onReject={() => controls.act('reject-all')}
            onClose={controls.close}
            onLang={(l) => (storeLang(l), controls.setLang(l))}
          />
        )}
        {!banner && !dialog && props.floatingButton && (
          <button type="button" class="floating" data-kelisim="open-settings" ref={floating} onClick={() => controls.open()}>
            {texts.tb('floating')}
          </button>
        )}
        <p class="sr" role="status" aria-live="polite">
          {message}
        </p>
      </div>
      </LanguagesContext.Provider>
    </TextsContext.Provider>
  );
}
