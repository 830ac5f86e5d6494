// The catalogue's facts as checked against the providers' pages (see the comment beside each
// service's `source` in src/catalogue/): what those pages say is what the catalogue says.
import { describe, expect, it } from 'vitest';
import { SERVICES, serviceByCookie } from '../../src/catalogue/services';

const byId = (id: string) => SERVICES.find((s) => s.id === id)!;
const cookie = (id: string, name: string) => byId(id).cookies.find((c) => c.name === name)!;

describe('catalogue facts from the providers\' pages', () => {
  it('every source is the provider\'s own site', () => {
    const own = ['google.com', 'safety.google', 'yandex.ru', 'vk.com', 'vk.company', 'microsoft.com', 'hotjar.com', 'facebook.com', 'tiktok.com', 'jivo.ru', 'bitrix24.ru', '2gis.ru'];
    for (const service of SERVICES) {
      const host = new URL(service.source).hostname;
      expect(own.some((domain) => host === domain || host.endsWith(`.${domain}`)), `${service.id}: ${host}`).toBe(true);
    }
  });

  it('GA4: _ga and _ga_<container-id> live 2 years', () => {
    expect(cookie('google-analytics', '_ga').lifetime).toEqual({ amount: 2, unit: 'year' });
    expect(cookie('google-analytics', '_ga_')).toMatchObject({ prefix: true, lifetime: { amount: 2, unit: 'year' } });
  });

  it('Clarity: its cookie list names MUID on clarity.ms too', () => {
    expect(serviceByCookie('MUID', '.clarity.ms')?.service.id).toBe('microsoft-clarity');
    expect(serviceByCookie('MUID', 'shop.kz')).toBeUndefined();
  });

  it('Meta and TikTok point at the pages that describe their cookies; TikTok\'s live 13 months', () => {
    expect(byId('meta-pixel').source).toContain('fbp-and-fbc');
    expect(byId('tiktok-pixel').source).toBe('https://ads.tiktok.com/help/article?aid=10007540');
    for (const c of byId('tiktok-pixel').cookies) expect(c.lifetime, c.name).toEqual({ amount: 13, unit: 'month' });
  });

  it('YouTube: VISITOR_INFO1_LIVE keeps preferences for 6 months, YSC is a session security cookie', () => {
    expect(cookie('youtube', 'VISITOR_INFO1_LIVE')).toMatchObject({ lifetime: { amount: 6, unit: 'month' }, purpose: { en: expect.stringContaining('preferences') } });
    expect(cookie('youtube', 'YSC')).toMatchObject({ lifetime: 'session', purpose: { en: expect.stringContaining('security') } });
    expect(cookie('google-maps', 'NID').lifetime).toEqual({ amount: 6, unit: 'month' });
  });
});
