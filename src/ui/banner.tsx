import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang, Localized, Policy } from '../core/policy-types';
import type { Layout } from '../types';
import { LanguageSwitcher } from './language-switcher';
import { safeHref } from './safe-href';
import { trapTab } from './focus-trap';
import { useTexts } from './texts';
import { UpcomingNotice } from './upcoming-notice';
import { useScrollPadding } from './use-scroll-padding';

/** What the banner shows and what its buttons do. */
export interface BannerProps {
  policy: Policy;
  layout: Layout;
  /** Whether the policy has optional categories to choose; without, the banner only informs. */
  choice: boolean;
  /** The policy's summary, or one built from its optional purposes. */
  summary?: Localized;
  /** Why the banner is back although a decision exists: a GPC signal was just honoured. */
  notice?: 'gpc';
  /** Hidden from assistive technology while the dialog is open over it. */
  inert: boolean;
  onAccept(): void;
  onReject(): void;
  onSettings(): void;
  /** Closes a notice that needs no decision (the GPC notice). */
  onDismiss(): void;
  onLang(lang: Lang): void;
}

/**
 * The first layer: who processes which data and why, the privacy policy link, and three equal
 * buttons. With no optional category it is an information notice with one button instead.
 * Closing it, scrolling or ignoring it is never consent: only the buttons decide.
 */
export function Banner(props: BannerProps) {
  const { policy, layout, summary, notice, choice } = props;
  const { t, tb, s, pb } = useTexts();
  const { operator, upcoming } = policy;
  const href = safeHref(typeof operator.policyUrl === 'string' ? operator.policyUrl : s(operator.policyUrl));
  const modal = layout === 'modal';
  const title = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const spacer = useRef<HTMLDivElement>(null);
  useScrollPadding(panel, spacer, !modal);
  // Only the modal layout takes focus: a bar or box must not pull the reader away from the page.
  useLayoutEffect(() => void (modal && title.current?.focus()), []);
  return (
    <>
      {modal ? <div class="backdrop" /> : <div ref={spacer} aria-hidden="true" />}
      <div
        class={'panel ' + layout}
        ref={panel}
        role={modal ? 'dialog' : 'region'}
        aria-modal={modal || undefined}
        aria-labelledby="kelisim-banner-title"
        inert={props.inert}
        onKeyDown={modal ? (event) => trapTab(event, event.currentTarget) : undefined}
      >
        {/* The text scrolls inside the panel; the buttons below it stay on screen at any size. */}
        <div class="text">
          <div class="head">
            <h2 id="kelisim-banner-title" tabIndex={-1} ref={title}>{tb('title')}</h2>
            <LanguageSwitcher onSwitch={props.onLang} />
          </div>
          <p>
            {t('operator')}: <b>{pb(operator.name)}</b>
          </p>
          <p>{notice ? tb('gpc') : summary ? pb(summary) : tb(choice ? 'dialogIntro' : 'infoOnly')}</p>
          {upcoming && <UpcomingNotice change={upcoming} />}
          {href && (
            <p>
              <a href={href} target="_blank" rel="noopener">{tb('policy')}</a>
            </p>
          )}
        </div>
        <div class="buttons">
          {notice || !choice ? (
            <button type="button" data-kelisim={notice ? 'dismiss' : 'acknowledge'} onClick={notice ? props.onDismiss : props.onReject}>
              {tb('ack')}
            </button>
          ) : (
            <>
              <button type="button" data-kelisim="accept-all" onClick={props.onAccept}>{tb('acceptAll')}</button>
              <button type="button" data-kelisim="reject-all" onClick={props.onReject}>{tb('rejectAll')}</button>
            </>
          )}
          {(notice || choice) && (
            <button type="button" data-kelisim="open-settings" onClick={props.onSettings}>{tb('settings')}</button>
          )}
        </div>
      </div>
    </>
  );
}
