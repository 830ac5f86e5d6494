/** @jsxImportSource react */
// <KelisimProvider> under StrictMode (effects run, are cleaned up and run again): the widget's
// code is mounted once: one #kelisim host, one banner in its shadow root (each mount of the
// widget adds its own container and banner to the host's shadow root, so two would show as two).
import { cleanup, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, expect, test } from 'vitest';
import { KelisimProvider, useConsent } from '../../src/react/index';
import { cleanUp } from '../component/widget-harness';
import { policy } from '../fixtures/typed-policy';

afterEach(() => {
  cleanup();
  cleanUp();
});

function Shown() {
  return <p>{useConsent().decision ? 'decided' : 'asking'}</p>;
}

test('StrictMode: the widget is mounted once, with one #kelisim and one banner', async () => {
  const { unmount, getByText } = render(
    <StrictMode>
      <KelisimProvider policy={policy} options={{ lang: 'en' }}>
        <Shown />
      </KelisimProvider>
    </StrictMode>,
  );
  expect(getByText('asking')).toBeTruthy();
  const banner = () => document.querySelector('#kelisim')?.shadowRoot?.querySelectorAll('#kelisim-banner-title');
  await waitFor(() => expect(banner()?.length).toBe(1), { timeout: 20_000 });
  const root = document.querySelector('#kelisim')!.shadowRoot!;
  expect([...root.children].filter((child) => child.tagName === 'DIV')).toHaveLength(1);
  expect(document.querySelectorAll('#kelisim')).toHaveLength(1);
  unmount();
  // Unmounting the provider removes the widget it created.
  expect(document.querySelector('#kelisim')).toBeNull();
}, 30_000);
