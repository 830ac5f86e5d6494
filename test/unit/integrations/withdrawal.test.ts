// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../../src/core/policy-types';
import { startCookieCleanup } from '../../../src/integrations/start-cookie-cleanup';
import { startWithdrawal, type WithdrawDetail } from '../../../src/integrations/withdrawal';
import policyJson from '../../fixtures/policy.json';
import { freshConsent } from './consent-fixture';

/** A window whose reload can be watched (jsdom cannot reload). */
function pageWindow() {
  return Object.assign(new EventTarget(), { location: { hostname: 'localhost', reload: vi.fn() } }) as unknown as Window & {
    location: { reload: ReturnType<typeof vi.fn> };
  };
}
const cookieNames = () => document.cookie.split('; ').map((c) => c.split('=')[0]).filter((n) => n !== 'kelisim');
const setTrackerCookies = () => ['_ga=1', '_ym_uid=2', '_fbp=3', 'lang=kk'].forEach((c) => (document.cookie = `${c}; path=/`));

afterEach(() => document.cookie.split('; ').forEach((c) => (document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`)));

describe('withdrawal and rejection clean-up', () => {
  it('a rejection deletes the cookies of every declined category', () => {
    const consent = freshConsent();
    startCookieCleanup(consent, policyJson as Policy, document);
    setTrackerCookies();
    consent.rejectAll();
    expect(cookieNames()).toEqual(['lang']);
  });

  it('a partial decision keeps the cookies of the granted category', () => {
    const consent = freshConsent();
    startCookieCleanup(consent, undefined, document);
    setTrackerCookies();
    consent.set(['analytics']);
    expect(cookieNames()).toEqual(['_ga', '_ym_uid', 'lang']);
  });

  it('a withdrawal fires kelisim:withdraw with the revoked categories and cleans up', () => {
    const consent = freshConsent();
    const win = pageWindow();
    startWithdrawal(consent, false, win);
    startCookieCleanup(consent, undefined, document);
    const details: WithdrawDetail[] = [];
    win.addEventListener('kelisim:withdraw', (e) => details.push((e as CustomEvent<WithdrawDetail>).detail));
    consent.set(['analytics', 'marketing']);
    setTrackerCookies();
    consent.set(['marketing']);
    expect(details).toEqual([{ revoked: ['analytics'] }]);
    expect(cookieNames()).toEqual(['_fbp', 'lang']);
    expect(win.location.reload).not.toHaveBeenCalled();
  });

  it('reloads after a withdrawal with reloadOnWithdraw, not after a first rejection', () => {
    const consent = freshConsent();
    const win = pageWindow();
    startWithdrawal(consent, true, win);
    consent.rejectAll();
    expect(win.location.reload).not.toHaveBeenCalled();
    consent.acceptAll();
    consent.withdraw();
    expect(win.location.reload).toHaveBeenCalledTimes(1);
  });

  it('a listener can keep the page from reloading', () => {
    const consent = freshConsent();
    const win = pageWindow();
    startWithdrawal(consent, true, win);
    win.addEventListener('kelisim:withdraw', (e) => e.preventDefault());
    consent.acceptAll();
    consent.withdraw();
    expect(win.location.reload).not.toHaveBeenCalled();
  });
});
