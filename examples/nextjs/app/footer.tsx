'use client';
// A client component: useConsent re-renders it on every change (here, in another tab, a withdrawal).
import { Consent, useConsent } from 'kelisim/react';

export function Footer() {
  const { decision, openSettings, withdraw } = useConsent();
  return (
    <footer>
      <button onClick={openSettings}>Cookie settings</button>
      {decision && <button onClick={() => withdraw()}>Withdraw consent</button>}
      <Consent category="analytics" fallback={<small>Visits are not counted.</small>}>
        <small>Visits are counted.</small>
      </Consent>
    </footer>
  );
}
