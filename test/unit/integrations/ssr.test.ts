import { expect, it } from 'vitest';

it('every integration module imports on a server (no window, no document) without touching the page', async () => {
  expect(typeof window).toBe('undefined');
  const modules = import.meta.glob('../../../src/integrations/*.ts');
  expect(Object.keys(modules).length).toBeGreaterThan(10);
  for (const load of Object.values(modules)) await expect(load()).resolves.toBeTypeOf('object');
  expect('dataLayer' in globalThis).toBe(false);
});
