// @vitest-environment node
// Vue server rendering: renderToString in Node touches no `window`, and renders the decision the
// server read from the request's cookie (readDecision).
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { expect, test } from 'vitest';
import { createKelisim, useConsent } from '../../src/vue/index';
import { policy } from '../fixtures/typed-policy';

// Each read of `window` is recorded with the frame that made it. Vue's own devtools check and the
// core emitter's `typeof window` guard (before it dispatches `kelisim:*` events) are feature
// checks that find it absent; anything else would be a use (and would throw, as it is undefined).
const touched: string[] = [];
Object.defineProperty(globalThis, 'window', { configurable: true, get: () => void touched.push(new Error().stack!.split('\n')[2]!) });
const FEATURE_CHECKS = /node_modules\/@vue\/|src\/core\/emitter\.ts/;

const Page = defineComponent({
  setup() {
    const analytics = useConsent('analytics');
    return () => h('p', analytics.value ? 'analytics on' : 'no analytics');
  },
});

test('renderToString touches no window; a server decision is rendered', async () => {
  const plain = createSSRApp(Page).use(createKelisim(policy));
  expect(await renderToString(plain)).toBe('<p>no analytics</p>');
  const decision = { granted: ['analytics'], categories: ['analytics', 'marketing'], revision: '2026-01', decidedAt: Date.now(), id: '6f1c2a4e-8b9d-4c3e-9f10-123456789abc', lang: 'kk' as const, method: 'custom' as const };
  const decided = createSSRApp(Page).use(createKelisim(policy, { decision }));
  expect(await renderToString(decided)).toBe('<p>analytics on</p>');
  expect(touched.filter((frame) => !FEATURE_CHECKS.test(frame))).toEqual([]);
});
