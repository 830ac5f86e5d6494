import type { Consent } from '../core/consent-types';
import type { Policy } from '../core/policy-types';
import { clearCookies, cookiesToClear } from './cookie-cleanup';

/** What `kelisim:withdraw` carries: the categories just revoked. */
export interface WithdrawDetail {
  /** Optional category ids the visitor no longer allows. */
  revoked: string[];
}

/** Options of `startWithdrawal`. */
export interface WithdrawalOptions {
  /** The policy, whose services' cookies are deleted with their category. */
  policy?: Policy;
  /** Reload the page after a withdrawal, unless a `kelisim:withdraw` listener prevents it. */
  reloadOnWithdraw?: boolean;
}

/**
 * Clean up after every decision that declines categories: delete their cookies. When
 * categories are revoked, dispatch a cancelable `kelisim:withdraw` event on `window` (scripts
 * that already ran cannot be un-run; the page may want to stop them) and, with
 * `reloadOnWithdraw`, reload the page unless a listener called `preventDefault()`.
 * Returns the function that stops it.
 */
export function startWithdrawal(
  consent: Consent,
  options: WithdrawalOptions = {},
  win: Window = globalThis as unknown as Window,
  doc: Document = win.document,
): () => void {
  return consent.on('change', ({ decision, revoked }) => {
    const declined = consent.categories.filter((id) => !decision?.granted.includes(id));
    if (declined.length) clearCookies(cookiesToClear(options.policy, declined), doc, win.location.hostname);
    if (!revoked.length) return;
    const event = new CustomEvent<WithdrawDetail>('kelisim:withdraw', { detail: { revoked }, cancelable: true });
    if (win.dispatchEvent(event) && options.reloadOnWithdraw) win.location.reload();
  });
}
