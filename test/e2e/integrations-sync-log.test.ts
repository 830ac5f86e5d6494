import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { pendingReceiptIds as pending, stubConsentLog } from './support/consent-log-stub';
import { openIntegrationsPage, type TestWindow } from './integrations-page';

const { server, browser } = useBrowserSession();
const logStub = stubConsentLog(server);
/** Receipts that reached the log under `t`, parsed. */
const received = (t: string) => logStub.received<Record<string, unknown>>(t);

test('a decision in one tab applies to the other open tab without reload: consent, Consent Mode, GTM', async () => {
  const context = await browser().newContext();
  const config = { googleConsentMode: true };
  const a = await openIntegrationsPage(server, context, '/tab-a', config);
  const b = await openIntegrationsPage(server, context, '/tab-b', config);
  await a.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.set(['analytics']));
  await b.waitForFunction(() => (window as unknown as TestWindow).kelisimTest.consent.has('analytics'));
  const layer = await b.evaluate(() =>
    (window as unknown as TestWindow).dataLayer!.map((e) => {
      const entry = e as { event?: string; kelisim_analytics?: string } & ArrayLike<{ analytics_storage?: string }>;
      return entry.event ? `${entry.event} ${entry.kelisim_analytics}` : `${entry[1]} ${entry[2]?.analytics_storage}`;
    }),
  );
  expect(layer).toEqual(['default denied', 'update granted', 'kelisim_consent granted']);

  await b.evaluate(() => void (window as unknown as TestWindow).kelisimTest.consent.withdraw());
  await a.waitForFunction(() => !(window as unknown as TestWindow).kelisimTest.consent.has('analytics'));
  await context.close();
});

test('a receipt reaches the consent log and nothing stays pending', async () => {
  const context = await browser().newContext();
  const page = await openIntegrationsPage(server, context, '/log-ok', { consentLog: { url: '/consent-log?t=ok' } });
  const id = await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.consent.set(['analytics']).id);
  await expect.poll(() => received('ok').length).toBe(1);
  expect(received('ok')[0]).toMatchObject({
    id,
    granted: ['analytics'],
    declined: ['marketing'],
    lang: 'ru',
    method: 'custom',
    operator: { bin: '180540012343', name: 'ТОО «Дала Маркет»' },
    purposes: [{ id: 'statistics' }],
  });
  await expect.poll(() => pending(page)).toEqual([]);
  await context.close();
});

test('a receipt the log refused (500) is kept and resent on the next page load, once', async () => {
  logStub.failNext('flaky', 1);
  const context = await browser().newContext();
  const config = { consentLog: { url: '/consent-log?t=flaky' } };
  const page = await openIntegrationsPage(server, context, '/log-flaky', config);
  const id = await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.consent.rejectAll().id);
  await expect.poll(() => received('flaky').length).toBe(1);
  await expect.poll(() => pending(page)).toEqual([id]);

  await page.reload();
  await expect.poll(() => received('flaky').length).toBe(2);
  expect(received('flaky').map((r) => r.id)).toEqual([id, id]);
  await expect.poll(() => pending(page)).toEqual([]);
  await page.reload();
  // Nothing is pending, so this load resends nothing. A resend would start as the page starts, so
  // a new decision's receipt, logged after it, is the positive condition to wait for.
  const next = await page.evaluate(() => (window as unknown as TestWindow).kelisimTest.consent.acceptAll().id);
  await expect.poll(() => received('flaky').length).toBe(3);
  await expect.poll(() => pending(page)).toEqual([]);
  expect(received('flaky').map((r) => r.id)).toEqual([id, id, next]);
  await context.close();
});
