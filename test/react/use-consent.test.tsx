/** @jsxImportSource react */
// kelisim/react with the real React in jsdom: useConsent() re-renders on accept, reject,
// withdrawal and another tab's decision; <Consent> shows and hides its children.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { createConsent } from '../../src/core/create-consent';
import { Consent, KelisimProvider, useConsent, type ConsentView } from '../../src/react/index';
import { TAB_CHANNEL } from '../../src/integrations/cross-tab';
import { cleanUp } from '../component/widget-harness';
import { policy } from '../fixtures/typed-policy';

afterEach(() => {
  cleanup();
  cleanUp();
});

let renders = 0;
let actions: ConsentView;

function Status() {
  renders++;
  actions = useConsent();
  const analytics = useConsent('analytics');
  const metrica = useConsent('yandex-metrica');
  return (
    <p data-testid="status">
      {actions.decision?.method ?? 'undecided'} analytics={String(analytics)} marketing={String(actions.has('marketing'))} metrica={String(metrica)}
    </p>
  );
}

function App() {
  return (
    <KelisimProvider policy={policy} options={{ widget: false }}>
      <Status />
      <Consent category="marketing" fallback={<p>Marketing cookies are off</p>}>
        <p>VK pixel here</p>
      </Consent>
    </KelisimProvider>
  );
}

const status = () => screen.getByTestId('status').textContent;

test('the hook re-renders on accept, reject and withdrawal; <Consent> shows and hides', () => {
  render(<App />);
  expect(status()).toBe('undecided analytics=false marketing=false metrica=false');
  expect(screen.getByText('Marketing cookies are off')).toBeTruthy();

  const before = renders;
  act(() => void actions.acceptAll());
  expect(renders).toBeGreaterThan(before);
  expect(status()).toBe('accept-all analytics=true marketing=true metrica=true');
  expect(screen.getByText('VK pixel here')).toBeTruthy();
  expect(screen.queryByText('Marketing cookies are off')).toBeNull();

  act(() => void actions.rejectAll());
  expect(status()).toBe('reject-all analytics=false marketing=false metrica=false');
  expect(screen.queryByText('VK pixel here')).toBeNull();

  // A service on its own (the fixture's analytics has one service: Metrica granted is analytics granted).
  act(() => void actions.set(['yandex-metrica']));
  expect(status()).toBe('custom analytics=true marketing=false metrica=true');

  act(() => void actions.set(['marketing']));
  expect(status()).toBe('custom analytics=false marketing=true metrica=false');
  act(() => void actions.withdraw());
  expect(status()).toBe('custom analytics=false marketing=false metrica=false');
  expect(screen.getByText('Marketing cookies are off')).toBeTruthy();

  act(() => actions.reset());
  expect(status()).toBe('undecided analytics=false marketing=false metrica=false');
});

test('a decision made in another tab re-renders: the cookie changes, then the tab channel says so', async () => {
  render(<App />);
  expect(status()).toBe('undecided analytics=false marketing=false metrica=false');
  // The other tab: its own consent instance writes the shared cookie and announces the decision
  // on the BroadcastChannel the core's tab sync listens to (src/integrations/cross-tab.ts).
  const decision = createConsent({ policy }).set(['analytics']);
  const otherTab = new BroadcastChannel(TAB_CHANNEL);
  otherTab.postMessage({ id: decision.id });
  await waitFor(() => expect(status()).toBe('custom analytics=true marketing=false metrica=true'));
  // …and its withdrawal.
  const withdrawn = createConsent({ policy }).withdraw();
  otherTab.postMessage({ id: withdrawn.id });
  await waitFor(() => expect(status()).toBe('custom analytics=false marketing=false metrica=false'));
  otherTab.close();
});

test('useConsent outside the provider says what to do', () => {
  const Lonely = () => <p>{String(useConsent('analytics'))}</p>;
  expect(() => render(<Lonely />)).toThrow(/Kelisim: useConsent\(\) and <Consent> must be used inside <KelisimProvider/);
});

test('<Consent placeholder>: the embed placeholder names the service, its provider and country; "Load" grants just that service', () => {
  render(
    <KelisimProvider policy={policy} options={{ widget: false, lang: 'kk' }}>
      <Status />
      <Consent category="vk-ads" placeholder={{ width: 560, height: 315 }}>
        <p>VK embed here</p>
      </Consent>
    </KelisimProvider>,
  );
  const box = document.querySelector<HTMLElement>('[data-kelisim-embed="vk-ads"]')!;
  expect(box.getAttribute('role')).toBe('region');
  expect(box.textContent).toContain('VK Ads («ВК» ЖШҚ, Ресей)');
  act(() => box.querySelector<HTMLButtonElement>('[data-kelisim="load"]')!.click());
  expect(screen.getByText('VK embed here')).toBeTruthy();
  expect(document.querySelector('[data-kelisim-embed]')).toBeNull();
  // Only that service (here its category's only one): analytics stays declined.
  expect(status()).toBe('custom analytics=false marketing=true metrica=false');
});
