// The root layout, a server component: it reads the visitor's decision from the request's cookie
// (readDecision) and gives it to the provider, so the first render already matches it.
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { readDecision } from 'kelisim/core';
import { KelisimProvider } from 'kelisim/react';
import { policy } from '../kelisim-policy';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const decision = readDecision((await headers()).get('cookie'), policy);
  return (
    <html lang="kk">
      <body>
        <KelisimProvider policy={policy} decision={decision} options={{ lang: 'kk' }}>
          {children}
        </KelisimProvider>
      </body>
    </html>
  );
}
