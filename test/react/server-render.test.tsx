/** @jsxImportSource react */
// @vitest-environment node
// Server rendering: renderToString in Node, where `window`, `document`, `navigator`, `location`
// and the storages are absent — here getters that return undefined and record each read, so any
// use beyond a `typeof` check would throw — and the server's decision (readDecision) rendered at once.
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test } from 'vitest';
import { encodeDecision } from '../../src/core/consent-cookie';
import { readDecision } from '../../src/core/read-decision';
import { policyRevision } from '../../src/core/revision';
import { Consent, KelisimProvider, useConsent } from '../../src/react/index';
import { policy } from '../fixtures/typed-policy';

const touched: string[] = [];
const globals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'] as const;
for (const name of globals) {
  Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) });
}
afterEach(() => {
  touched.length = 0;
});

function Page() {
  const { decision } = useConsent();
  return (
    <main>
      <p>{decision ? `decided: ${decision.granted.join(',') || 'nothing'}` : 'asking'}</p>
      <Consent category="analytics" fallback={<i>no analytics</i>}>
        <b>analytics on</b>
      </Consent>
    </main>
  );
}

/** What the core checks with `typeof` only: js-cookie for `document`, the GPC check for `navigator`, the cookie's Secure default for `location`. */
const FEATURE_CHECKS = ['document', 'navigator', 'location'];

test('renderToString touches no window (and nothing else of the browser beyond typeof checks)', () => {
  const html = renderToString(
    <KelisimProvider policy={policy} options={{ lang: 'ru' }}>
      <Page />
    </KelisimProvider>,
  );
  expect(html).toContain('asking');
  expect(html).toContain('<i>no analytics</i>');
  expect(touched.filter((name) => !FEATURE_CHECKS.includes(name))).toEqual([]);
});

test("the request's cookie, read by readDecision, is rendered on the server: no flash", () => {
  const stored = {
    granted: ['analytics'],
    categories: ['analytics', 'marketing'],
    revision: policyRevision(policy),
    decidedAt: Date.now(),
    id: '6f1c2a4e-8b9d-4c3e-9f10-123456789abc',
    lang: 'ru' as const,
    method: 'custom' as const,
  };
  const header = `theme=dark; kelisim=${encodeURIComponent(encodeDecision(stored)).replace(/%7C/g, '|')}; other=1`;
  const decision = readDecision(header, policy);
  expect(decision).toEqual({ ...stored, services: [] });
  const html = renderToString(
    <KelisimProvider policy={policy} decision={decision}>
      <Page />
    </KelisimProvider>,
  );
  expect(html).toContain('decided: analytics');
  expect(html).toContain('<b>analytics on</b>');
  expect(touched).not.toContain('window');
});
