import { afterEach, describe, expect, it, vi } from 'vitest';
import { drainQueue } from '../../src/core/queue';

const api = { name: 'kelisim api' };
type Host = { kelisim?: unknown };
const push = (host: Host, cb: (a: typeof api) => void) => (host.kelisim as { push(cb: unknown): unknown }).push(cb);

afterEach(() => vi.restoreAllMocks());

describe('drainQueue', () => {
  it('runs callbacks queued before load, in order, once each, with the api', () => {
    const seen: unknown[] = [];
    const host: Host = { kelisim: [(a: unknown) => seen.push(['first', a]), (a: unknown) => seen.push(['second', a])] };
    drainQueue(host, api);
    expect(seen).toEqual([['first', api], ['second', api]]);
    drainQueue(host, api);
    expect(seen).toHaveLength(2);
  });

  it('afterwards runs a pushed callback at once', () => {
    const host: Host = {};
    drainQueue(host, api);
    const cb = vi.fn();
    push(host, cb);
    expect(cb).toHaveBeenCalledExactlyOnceWith(api);
  });

  it('runs a callback pushed by a queued callback after the ones already queued', () => {
    const order: string[] = [];
    const host: Host = {};
    const queue: unknown[] = [
      () => {
        order.push('a');
        push(host, () => order.push('c'));
      },
      () => order.push('b'),
    ];
    host.kelisim = queue;
    drainQueue(host, api);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('reports a throwing callback and still runs the rest', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = new Error('host bug');
    const after = vi.fn();
    const host: Host = {
      kelisim: [
        () => {
          throw boom;
        },
        'not a function',
        after,
      ],
    };
    expect(() => drainQueue(host, api)).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('window.kelisim'), boom);
    expect(() =>
      push(host, () => {
        throw boom;
      }),
    ).not.toThrow();
    expect(error).toHaveBeenCalledTimes(2);
  });
});
