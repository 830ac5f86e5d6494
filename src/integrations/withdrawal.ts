import type { ConsentState } from '../core/consent-types';

/** What `kelisim:withdraw` carries: the categories just revoked. */
export interface WithdrawDetail {
  /** Optional category ids the visitor no longer allows. */
  revoked: string[];
}

/**
 * When categories are revoked, dispatch a cancelable `kelisim:withdraw` event on `window`
 * (scripts that already ran cannot be un-run; the page may want to stop them) and, with
 * `reloadOnWithdraw`, reload the page unless a listener called `preventDefault()`.
 * Returns the function that stops it.
 */
export function startWithdrawal(
  consent: ConsentState,
  reloadOnWithdraw = false,
  win: Window = globalThis as unknown as Window,
): () => void {
  return consent.on('change', ({ revoked }) => {
    if (!revoked.length) return;
    const event = new CustomEvent<WithdrawDetail>('kelisim:withdraw', { detail: { revoked }, cancelable: true });
    if (win.dispatchEvent(event) && reloadOnWithdraw) win.location.reload();
  });
}
