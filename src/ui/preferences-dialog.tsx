import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ConsentDecision } from '../core/consent-types';
import type { Lang, Policy } from '../core/policy-types';
import { adoptStyles } from './adopt-styles';
import { CategorySwitch } from './category-switch';
import { CurrentDecision } from './current-decision';
import { DataTable } from './data-table';
import { DIALOG_STYLES } from './dialog-styles';
import { ElsewhereConsents } from './elsewhere-consents';
import { trapTab } from './focus-trap';
import { LanguageSwitcher } from './language-switcher';
import { PolicyFacts } from './policy-facts';
import { useTexts } from './texts';
import { UpcomingNotice } from './upcoming-notice';

/**
 * Up to this many services in the whole policy, every category's details are rendered with
 * the dialog; beyond, each only when it is first opened (see `CategorySwitch`).
 */
export const EAGER_SERVICES = 40;

/** What the dialog shows and what its buttons do. */
export interface PreferencesDialogProps {
  policy: Policy;
  decision: ConsentDecision | null;
  /** Switch states in progress, by category id; kept by the widget across language switches. */
  pending: Record<string, boolean>;
  onToggle(id: string, checked: boolean): void;
  onSave(): void;
  onAccept(): void;
  onReject(): void;
  /** Closes without deciding anything (Escape, the close button). */
  onClose(): void;
  onLang(lang: Lang): void;
}

/**
 * The second layer, a WAI-ARIA modal dialog: a switch per category with its details, consents
 * given elsewhere, the decision in force, the data processed, the policy's facts, and three buttons. Switches save nothing by themselves.
 */
export function PreferencesDialog(props: PreferencesDialogProps) {
  const { policy, decision, pending } = props;
  const { tb, t } = useTexts();
  const title = useRef<HTMLHeadingElement>(null);
  const eager = policy.categories.flatMap((c) => c.services).length <= EAGER_SERVICES;

  useLayoutEffect(() => {
    // The dialog's own rules join the widget's shadow root before it first paints.
    const root = title.current?.getRootNode();
    if (root instanceof ShadowRoot) adoptStyles(root, DIALOG_STYLES);
    // Focus moves into the dialog, onto its title, so a screen reader starts reading there.
    title.current?.focus();
  }, []);

  return (
    <>
      <div class="backdrop" />
      <div
        class="panel dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="kelisim-dialog-title"
        aria-describedby="kelisim-dialog-intro"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onClose();
          } else trapTab(event, event.currentTarget);
        }}
      >
        <div class="head">
          <h2 id="kelisim-dialog-title" tabIndex={-1} ref={title}>
            {tb('dialogTitle')}
          </h2>
          <button type="button" class="quiet" aria-label={t('close')} onClick={props.onClose}>
            ×
          </button>
        </div>
        <div class="scroll">
          <LanguageSwitcher onSwitch={props.onLang} />
          <p id="kelisim-dialog-intro">{tb('dialogIntro')}</p>
          {policy.upcoming && <UpcomingNotice change={policy.upcoming} />}
          {policy.categories.map((category) => (
            <CategorySwitch key={category.id} category={category} policy={policy} checked={!!pending[category.id]} pending={pending} onToggle={props.onToggle} eager={eager} />
          ))}
          <ElsewhereConsents policy={policy} />
          {decision && <CurrentDecision decision={decision} policy={policy} />}
          <DataTable policy={policy} />
          <PolicyFacts policy={policy} />
        </div>
        <div class="buttons">
          <button type="button" data-kelisim="save" onClick={props.onSave}>{tb('save')}</button>
          <button type="button" data-kelisim="accept-all" onClick={props.onAccept}>{tb('acceptAll')}</button>
          <button type="button" data-kelisim="reject-all" onClick={props.onReject}>{tb('rejectAll')}</button>
        </div>
      </div>
    </>
  );
}
