import { describe, expect, it } from 'vitest';
import { CLEARED_COOKIES } from '../../src/catalogue/cleared-cookies';
import { SERVICES, serviceByCookie, serviceByHost, serviceByStorageKey } from '../../src/catalogue/services';
import { KNOWN_COOKIES } from '../../src/integrations/known-cookies';
import { validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

const REQUIRED = [
  'yandex-metrica', 'google-analytics', 'google-tag-manager', 'google-ads', 'meta-pixel', 'vk-ads', 'top-mail-ru',
  'tiktok-pixel', 'yandex-direct', 'microsoft-clarity', 'hotjar', 'jivo', 'bitrix24', 'youtube', 'yandex-maps', 'google-maps', 'dgis',
];

describe('service catalogue', () => {
  it('has every service the issue names, each id once, each with a source link and hosts', () => {
    const ids = SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    for (const service of SERVICES) {
      expect(service.source, service.id).toMatch(/^https:\/\//);
      expect(service.hosts.length, service.id).toBeGreaterThan(0);
      for (const host of service.hosts) expect(host, service.id).toMatch(/^[a-z0-9.-]+$/);
    }
  });

  it.each(SERVICES.map((s) => [s.id, s] as const))('%s is a valid policy service (so a draft made from it validates)', (_, service) => {
    const { id, name, provider, country, description, cookies } = service;
    const analytics = { ...policy.categories[1]!, services: [{ id, name, provider, country, description, cookies }] };
    const draft = { ...policy, categories: [policy.categories[0], analytics] };
    expect(validatePolicy(draft).map((p) => `${p.path} ${p.code} ${p.message}`)).toEqual([]);
  });

  it('finds services by host (subdomains too), cookie and storage key', () => {
    expect(serviceByHost('mc.yandex.ru')?.id).toBe('yandex-metrica');
    expect(serviceByHost('region1.google-analytics.com')?.id).toBe('google-analytics');
    expect(serviceByHost('www.googletagmanager.com')?.id).toBe('google-tag-manager');
    expect(serviceByHost('notyandex.ru')).toBeUndefined();
    expect(serviceByCookie('_ym_uid')?.service.id).toBe('yandex-metrica');
    expect(serviceByCookie('_ga_ABC123')?.cookie.name).toBe('_ga_');
    expect(serviceByCookie('IDE', '.doubleclick.net')?.service.id).toBe('google-ads');
    expect(serviceByCookie('IDE', 'shop.kz')).toBeUndefined();
    expect(serviceByStorageKey('_ym_uid')?.id).toBe('yandex-metrica');
  });

  it('the clean-up list names cookies of its services in the catalogue, and known-cookies derives from it', () => {
    for (const [category, names] of Object.entries(CLEARED_COOKIES)) {
      for (const name of names) {
        const prefix = name.endsWith('*');
        const owner = SERVICES.find((s) => s.cookies.some((c) => c.name === name.replace('*', '') && !!c.prefix === prefix && !c.domain));
        expect(owner, name).toBeDefined();
        // Top.Mail.Ru's family is VK Ads' too: a marketing service sets it as well.
        const inCategory = SERVICES.some((s) => s.category === category && s.cookies.some((c) => c.name === name.replace('*', '')));
        expect(inCategory, `${category} ${name}`).toBe(true);
      }
    }
    const names = (id: string) => KNOWN_COOKIES[id]!.map((p) => p.name + (p.prefix ? '*' : ''));
    expect(names('analytics')).toEqual(['_ga', '_ga_*', '_gid', '_gat*', '_ym_*', 'tmr_*']);
    expect(names('marketing')).toEqual(['_gcl_*', '_fbp', '_fbc', 'tmr_*']);
  });
});
