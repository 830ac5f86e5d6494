import { readFileSync } from 'node:fs';
import type { Localized, Policy, Service } from '../../../src/core/policy-types';
import { ROOT } from './server';

/** How many services and cookies the large policy of issue 11, point 12 has. */
export const SERVICES = 2000;
export const COOKIES = 2000;

const COUNTRIES = ['KZ', 'RU', 'US', 'DE', 'NL', 'FI', 'IE', 'GB', 'FR', 'CN', 'TR', 'UZ', 'KG', 'SE'];

/**
 * The test fixture grown to `count` services and `cookieCount` cookies, deterministically: copies
 * of its Yandex Metrica service with numbered ids, names and texts, in turn from each of
 * `COUNTRIES`, all in "analytics" (the worst case for opening one category's details).
 */
export function largePolicy(count = SERVICES, cookieCount = COOKIES): Policy {
  const policy = JSON.parse(readFileSync(`${ROOT}test/fixtures/policy.json`, 'utf8')) as Policy;
  const analytics = policy.categories.find((c) => c.id === 'analytics')!;
  const template = analytics.services[0]!;
  const all = () => policy.categories.flatMap((c) => c.services);
  let services = all().length;
  let cookies = all().reduce((sum, s) => sum + s.cookies.length, 0);
  for (let i = 0; services < count; i++, services++) {
    const number = String(i + 1).padStart(4, '0');
    const numbered = ({ kk, ru, en }: Localized): Localized => ({ kk: `${kk} #${number}`, ru: `${ru} #${number}`, en: `${en} #${number}` });
    const service: Service = {
      ...template,
      id: `service-${number}`,
      name: `Service ${number}`,
      provider: numbered(template.provider),
      country: COUNTRIES[i % COUNTRIES.length]!,
      // One cookie each until there are enough, then none.
      cookies: cookies < cookieCount ? [{ ...template.cookies[0]!, name: `_svc_${number}` }] : [],
    };
    cookies += service.cookies.length;
    analytics.services.push(service);
  }
  return policy;
}

