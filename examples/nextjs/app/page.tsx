// A server component: the map is rendered on the server only with marketing consent (no flash).
import { headers } from 'next/headers';
import { readDecision } from 'kelisim/core';
import { policy } from '../kelisim-policy';
import { Footer } from './footer';

export default async function Page() {
  const decision = readDecision((await headers()).get('cookie'), policy);
  return (
    <main>
      <h1>Dala Market</h1>
      {decision?.granted.includes('marketing') ? <iframe title="Map" src="https://yandex.kz/map-widget/v1/" /> : <p>The map needs marketing cookies.</p>}
      <Footer />
    </main>
  );
}
