import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Consent, KelisimProvider, useConsent } from 'kelisim/react';
import { policy } from './kelisim-policy';

function Footer() {
  const { decision, openSettings, withdraw } = useConsent();
  const analytics = useConsent('analytics');
  return (
    <footer>
      <button onClick={openSettings}>Cookie settings</button>
      {decision && <button onClick={() => withdraw()}>Withdraw consent</button>}
      <p>Analytics: {analytics ? 'on' : 'off'}</p>
    </footer>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <KelisimProvider policy={policy} options={{ lang: 'kk', layout: 'box' }}>
      <h1>Dala Market</h1>
      <Consent category="marketing" fallback={<p>The VK pixel needs marketing cookies.</p>}>
        <img src="https://ads.example.kz/pixel.gif" alt="" />
      </Consent>
      <Footer />
    </KelisimProvider>
  </StrictMode>,
);
