// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ConsentChange } from '../../../src/core/consent-types';
import { syncTabs } from '../../../src/integrations/cross-tab';
import { CATEGORIES, freshConsent } from './consent-fixture';
import { createConsent } from '../../../src/core/create-consent';

/** BroadcastChannel across fake tabs: a message reaches every other channel of the same name. */
function channelBus() {
  const open = new Set<FakeChannel>();
  const posted: unknown[] = [];
  class FakeChannel {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(data: unknown) {
      posted.push(data);
      for (const other of open) if (other !== this && other.name === this.name) other.onmessage?.({ data });
    }
    close() {
      open.delete(this);
    }
  }
  return { FakeChannel, posted, open };
}

/** A tab's window: its own events and visibility, sharing the (jsdom) cookie jar with the others. */
function tab(BroadcastChannel?: unknown) {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return Object.assign(new EventTarget(), { document: doc, BroadcastChannel }) as unknown as Window;
}
const opened = () => createConsent({ revision: 'r1', categories: CATEGORIES });

describe('syncTabs', () => {
  it("applies another tab's decision without reload, and does not echo it back", () => {
    const bus = channelBus();
    const a = freshConsent();
    const b = opened();
    syncTabs(a, tab(bus.FakeChannel));
    syncTabs(b, tab(bus.FakeChannel));
    const changesInB: ConsentChange[] = [];
    b.on('change', (change) => changesInB.push(change));

    const decision = a.set(['analytics']);
    expect(b.has('analytics')).toBe(true);
    expect(changesInB).toHaveLength(1);
    expect(changesInB[0]).toMatchObject({ granted: ['analytics'], revoked: [], decision: { id: decision.id } });
    expect(bus.posted).toHaveLength(1);

    a.withdraw();
    expect(b.has('analytics')).toBe(false);
    expect(changesInB.at(-1)?.revoked).toEqual(['analytics']);
    expect(bus.posted).toHaveLength(2);
  });

  it("keeps re-reading while this tab's view of the cookie lags behind the message", () => {
    vi.useFakeTimers();
    try {
      const bus = channelBus();
      const a = freshConsent();
      const b = opened();
      // The first two reads in tab b still see the old cookie, as a renderer's cache can.
      const realRefresh = b.refresh;
      let stale = 2;
      b.refresh = () => (stale-- > 0 ? undefined : realRefresh());
      syncTabs(a, tab(bus.FakeChannel));
      syncTabs(b, tab(bus.FakeChannel));

      a.set(['analytics']);
      expect(b.has('analytics')).toBe(false);
      vi.advanceTimersByTime(50);
      expect(b.has('analytics')).toBe(false);
      vi.advanceTimersByTime(50);
      expect(b.has('analytics')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('without BroadcastChannel re-reads the decision when the tab is shown or focused', () => {
    const a = freshConsent();
    const b = opened();
    const winB = tab();
    syncTabs(b, winB);
    a.acceptAll();
    expect(b.has('marketing')).toBe(false);
    winB.dispatchEvent(new Event('focus'));
    expect(b.has('marketing')).toBe(true);

    a.rejectAll();
    (winB.document as { visibilityState: string }).visibilityState = 'hidden';
    winB.document.dispatchEvent(new Event('visibilitychange'));
    expect(b.has('marketing')).toBe(true);
    (winB.document as { visibilityState: string }).visibilityState = 'visible';
    winB.document.dispatchEvent(new Event('visibilitychange'));
    expect(b.has('marketing')).toBe(false);
  });

  it('stops listening and closes its channel', () => {
    const bus = channelBus();
    const a = freshConsent();
    const b = opened();
    syncTabs(a, tab(bus.FakeChannel));
    const stop = syncTabs(b, tab(bus.FakeChannel));
    stop();
    expect(bus.open.size).toBe(1);
    a.acceptAll();
    expect(b.has('analytics')).toBe(false);
  });
});
