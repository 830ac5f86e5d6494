import type { Consent } from '../core/consent-types';
import { createI18n } from '../i18n/create-i18n';
import { mountWith, type MountOptions, type WidgetHandle } from './mount-widget';
import { PreferencesDialog } from './preferences-dialog';

export type { MountOptions, WidgetHandle };

/**
 * Shows the consent widget for `consent` in `#kelisim` (created if absent) inside an open
 * shadow root, with the three locales and the dialog bundled. Never throws: an error is
 * reported once to the console and the page goes on.
 */
export function mount(consent: Consent, options: MountOptions): WidgetHandle {
  return mountWith(consent, options, { i18n: createI18n, dialog: { Dialog: PreferencesDialog } });
}
