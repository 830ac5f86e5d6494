// The npm entry's mount(): returns a handle at once, loads the widget by a dynamic import, replays
// calls made meanwhile, and reports a chunk that fails to load without an unhandled rejection.
import { waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { createConsent } from '../../src/core/create-consent';
import { mount } from '../../src/lazy-mount';
import { cleanUp, fixturePolicy } from './widget-harness';

// The first dynamic import transforms the whole widget: slow on a busy machine.
const SLOW = 30_000;

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
  vi.doUnmock('../../src/ui/mount');
  vi.resetModules();
});

const dialog = () => document.querySelector('#kelisim')?.shadowRoot?.querySelector('[role="dialog"]');

test('the handle is returned before the widget loads; open() called at once opens the dialog once it has', async () => {
  const policy = fixturePolicy();
  const handle = mount(createConsent({ policy }), { policy, lang: 'en' });
  // Nothing is rendered synchronously: the widget's code is still loading.
  expect(document.querySelector('#kelisim')).toBeNull();
  handle.open();
  await expect(handle.ready).resolves.toBe(true);
  await waitFor(() => expect(dialog()).toBeTruthy());
  handle.close();
  await waitFor(() => expect(dialog()).toBeFalsy());
  handle.destroy();
  expect(document.querySelector('#kelisim')).toBeNull();
}, SLOW);

test('destroy() before the widget has loaded: nothing is ever shown', async () => {
  const policy = fixturePolicy();
  const handle = mount(createConsent({ policy }), { policy, lang: 'en' });
  handle.open();
  handle.destroy();
  await expect(handle.ready).resolves.toBe(false);
  expect(document.querySelector('#kelisim')).toBeNull();
}, SLOW);

test('a widget chunk that fails to load: one "Kelisim:" console error, ready is false, no unhandled rejection', async () => {
  vi.resetModules();
  vi.doMock('../../src/ui/mount', () => {
    throw new Error('chunk 404');
  });
  const { mount: lazyMount } = await import('../../src/lazy-mount');
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    const policy = fixturePolicy();
    const handle = lazyMount(createConsent({ policy }), { policy, lang: 'en' });
    handle.open();
    await expect(handle.ready).resolves.toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^Kelisim: .*could not be loaded/);
    // The later calls are quiet no-ops.
    handle.open();
    handle.destroy();
    // A macrotask turn lets Node report an unhandled rejection, if there were one.
    await new Promise((done) => setImmediate(done));
    expect(unhandled).not.toHaveBeenCalled();
  } finally {
    process.off('unhandledRejection', unhandled);
  }
}, SLOW);
