import { describe, expect, it } from 'vitest';
import { cookieDomains } from '../../../src/integrations/cookie-domains';

describe('cookieDomains', () => {
  it.each([
    ['a.b.example.kz', ['a.b.example.kz', 'b.example.kz', 'example.kz']],
    ['example.kz', ['example.kz']],
    ['WWW.Example.KZ.', ['www.example.kz', 'example.kz']],
    ['shop.com.kz', ['shop.com.kz']],
    ['m.shop.com.kz', ['m.shop.com.kz', 'shop.com.kz']],
    ['portal.gov.kz', ['portal.gov.kz']],
    ['kaznu.edu.kz', ['kaznu.edu.kz']],
    ['ngo.org.kz', ['ngo.org.kz']],
    ['isp.net.kz', ['isp.net.kz']],
    ['blog.example.ru', ['blog.example.ru', 'example.ru']],
    ['localhost', []],
    ['127.0.0.1', []],
    ['[::1]', []],
    ['intranet', []],
  ])('%s → %j', (host, domains) => {
    expect(cookieDomains(host)).toEqual(domains);
  });
});
