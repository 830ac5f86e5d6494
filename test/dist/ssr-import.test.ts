// Next.js and other server renderers import `kelisim` on the server: that must do nothing and throw nothing.
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';

test('importing the built npm entries in Node touches no window or document and throws nothing', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  const main = await import(pathToFileURL('dist/index.js').href);
  const core = await import(pathToFileURL('dist/core.js').href);
  expect(typeof main.createConsent).toBe('function');
  expect(typeof main.mount).toBe('function');
  expect(typeof core.validatePolicy).toBe('function');
  expect('mount' in core).toBe(false);
  // And the headless part works there: a policy is validated on the server.
  expect(core.validatePolicy({})).not.toEqual([]);
});
