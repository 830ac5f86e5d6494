// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://a.shop.example.kz/catalog/"}
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/core/policy-types';
import { clearCookies, cookiesToClear, isReachable } from '../../../src/integrations/cookie-cleanup';
import { matchesCookie } from '../../../src/integrations/known-cookies';
import policyJson from '../../fixtures/policy.json';

const policy = policyJson as Policy;
const names = (patterns: { name: string; prefix: boolean }[]) => patterns.map((p) => p.name + (p.prefix ? '*' : ''));

/** The policy with a marketing category whose service declares `cookies`. */
function withMarketing(cookies: Policy['categories'][number]['services'][number]['cookies']): Policy {
  const service = { ...policy.categories[1]!.services[0]!, id: 'vk-ads', cookies };
  return { ...policy, categories: [...policy.categories, { ...policy.categories[1]!, id: 'marketing', services: [service] }] };
}
const cookie = (name: string, extra: object = {}) => ({
  name,
  lifetime: 'session' as const,
  purpose: { kk: 'x', ru: 'x', en: 'x' },
  ...extra,
});

describe('matchesCookie', () => {
  it.each([
    [{ name: '_ga', prefix: false }, '_ga', true],
    [{ name: '_ga', prefix: false }, '_ga_ABC', false],
    [{ name: '_ga_', prefix: true }, '_ga_ABC123', true],
    [{ name: '_gat', prefix: true }, '_gat_UA-1-1', true],
    [{ name: '_ym_', prefix: true }, 'x_ym_uid', false],
  ])('%j matches %s: %s', (pattern, name, expected) => {
    expect(matchesCookie(pattern, name)).toBe(expected);
  });
});

describe('cookiesToClear', () => {
  it("declining analytics clears the policy's analytics cookies and the built-in trackers", () => {
    const list = names(cookiesToClear(policy, ['analytics']));
    expect(list).toEqual(expect.arrayContaining(['_ym_uid', '_ym_d', '_ym_*', '_ga', '_ga_*', '_gid', '_gat*', 'tmr_*']));
    expect(list).not.toContain('_fbp');
    expect(list).not.toContain('dm_session');
    expect(list).not.toContain('kelisim');
  });

  it('declining marketing clears Meta, Google Ads and Top.Mail.Ru cookies only', () => {
    expect(names(cookiesToClear(policy, ['marketing']))).toEqual(['_gcl_*', '_fbp', '_fbc', 'tmr_*']);
  });

  it('keeps a built-in family that the policy declares under a category still granted', () => {
    const marketingTmr = withMarketing([cookie('tmr_lvid')]);
    expect(names(cookiesToClear(marketingTmr, ['analytics']))).not.toContain('tmr_*');
    expect(names(cookiesToClear(marketingTmr, ['marketing']))).toContain('tmr_lvid');
  });

  it('keeps declared paths and lists each pattern once', () => {
    const policyPaths = withMarketing([cookie('_fbp'), cookie('promo', { path: '/shop' })]);
    const list = cookiesToClear(policyPaths, ['marketing']);
    expect(list.filter((p) => p.name === '_fbp')).toHaveLength(1);
    expect(list.find((p) => p.name === 'promo')).toEqual({ name: 'promo', prefix: false, path: '/shop' });
  });

  it('works without a policy (the built-in lists) and with nothing declined', () => {
    expect(names(cookiesToClear(undefined, ['analytics']))).toContain('_ym_*');
    expect(cookiesToClear(policy, [])).toEqual([]);
  });
});

/** A document that records cookie writes and reads `cookie` back. */
function recordingDoc(cookie: string) {
  const writes: string[] = [];
  const doc = {
    get cookie() { return cookie; },
    set cookie(value: string) { writes.push(value); },
  } as unknown as Document;
  return { doc, writes };
}
const EXPIRED = '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';

describe('third-party cookies (issue 13)', () => {
  const declared = withMarketing([
    cookie('IDE', { domain: '.doubleclick.net' }),
    cookie('yandexuid', { domain: '.yandex.ru' }),
    cookie('shop_ad', { domain: '.example.kz' }),
    cookie('_fbp'),
  ]);

  it('leaves out cookies on the provider\'s domain, which no page of the site can delete', () => {
    const list = names(cookiesToClear(declared, ['marketing'], 'a.shop.example.kz'));
    expect(list).not.toContain('IDE');
    expect(list).not.toContain('yandexuid');
    expect(list).toEqual(expect.arrayContaining(['shop_ad', '_fbp']));
  });

  it('keeps a cookie declared on the site\'s own parent domain, and leaves out every domain cookie when the host is unknown', () => {
    expect(names(cookiesToClear(declared, ['marketing'], 'example.kz'))).toContain('shop_ad');
    expect(names(cookiesToClear(declared, ['marketing'], 'notexample.kz'))).not.toContain('shop_ad');
    expect(names(cookiesToClear(declared, ['marketing']))).not.toContain('shop_ad');
  });

  it.each([
    [undefined, 'shop.kz', true],
    ['.doubleclick.net', 'shop.kz', false],
    ['.shop.kz', 'shop.kz', true],
    ['shop.kz', 'a.shop.kz', true],
    ['.yandex.ru', 'notyandex.ru', false],
  ])('isReachable(%s, %s) is %s', (domain, host, expected) => expect(isReachable(domain, host)).toBe(expected));
});

describe('clearCookies', () => {
  it('removes matching cookies set on the host and on parent domains, and leaves the rest', () => {
    expect(location.hostname).toBe('a.shop.example.kz');
    document.cookie = '_ga=GA1.1; path=/; domain=.example.kz';
    document.cookie = '_ga_ABC=GS1; path=/; domain=shop.example.kz';
    document.cookie = '_ym_uid=1; path=/';
    document.cookie = 'promo=1; path=/catalog';
    document.cookie = 'kelisim=keep; path=/';
    const patterns = [...cookiesToClear(undefined, ['analytics']), { name: 'promo', prefix: false, path: '/catalog' }];
    const cleared = clearCookies(patterns, document, location.hostname);
    expect(cleared.sort()).toEqual(['_ga', '_ga_ABC', '_ym_uid', 'promo']);
    expect(document.cookie).toBe('kelisim=keep');
  });

  it('writes each deletion host-only and per domain, with and without a dot, on each path', () => {
    const { doc, writes } = recordingDoc('_ga=1; other=2');
    clearCookies([{ name: '_ga', prefix: false, path: '/' }], doc, 'b.example.kz');
    expect(writes).toEqual([
      `_ga${EXPIRED}`,
      `_ga${EXPIRED}; domain=b.example.kz`,
      `_ga${EXPIRED}; domain=.b.example.kz`,
      `_ga${EXPIRED}; domain=example.kz`,
      `_ga${EXPIRED}; domain=.example.kz`,
    ]);
  });

  it('on localhost and IP addresses deletes host-only, and touches no cookie that does not match', () => {
    for (const host of ['localhost', '192.168.1.10']) {
      const { doc, writes } = recordingDoc('_fbp=fb.1; lang=kk');
      expect(clearCookies(cookiesToClear(undefined, ['marketing']), doc, host)).toEqual(['_fbp']);
      expect(writes).toEqual([`_fbp${EXPIRED}`]);
    }
  });
});
