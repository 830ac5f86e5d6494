import type { CatalogueService } from '../../../src/catalogue/types';
import type { Category, Policy, Service } from '../../../src/core/policy-types';
import { newCategory } from './kz-defaults';

/** A catalogue entry as a policy service: provider, country, description, cookies and storage keys. */
export function catalogueToService(entry: CatalogueService): Service {
  const service: Service = {
    id: entry.id,
    name: entry.name,
    provider: { ...entry.provider },
    country: Array.isArray(entry.country) ? [...entry.country] : entry.country,
    description: { ...entry.description },
    cookies: entry.cookies.map((cookie) => ({
      name: cookie.name,
      ...(cookie.prefix ? { prefix: true } : {}),
      lifetime: cookie.lifetime === 'session' ? 'session' : { ...cookie.lifetime },
      purpose: { ...cookie.purpose },
      ...(cookie.domain ? { domain: cookie.domain } : {}),
    })),
  };
  if (entry.storage?.length)
    service.technologies = entry.storage.map((item) => ({
      kind: item.kind,
      name: item.name,
      ...(item.prefix ? { prefix: true } : {}),
      purpose: { ...item.purpose },
    }));
  return service;
}

/**
 * The draft's categories with the catalogue service added to its usual category (made, with its
 * usual texts, when the draft has none); a service already in the draft is replaced in place.
 */
export function addCatalogueService(categories: readonly Category[], entry: CatalogueService): Category[] {
  const service = catalogueToService(entry);
  const existing = categories.findIndex((c) => c.services?.some((s) => s.id === entry.id));
  if (existing >= 0)
    return categories.map((c, i) => (i === existing ? { ...c, services: c.services.map((s) => (s.id === entry.id ? service : s)) } : c));
  const next = categories.some((c) => c.id === entry.category) ? [...categories] : [...categories, newCategory(entry.category)];
  return next.map((c) => (c.id === entry.category ? { ...c, services: [...(c.services ?? []), service] } : c));
}

/** Whether the policy names a Google service that reads Consent Mode (analytics or advertising). */
export function hasGoogleService(policy: Policy): boolean {
  return policy.categories.some(
    (c) => c.id !== 'functional' && c.services.some((s) => /\bgoogle\b/i.test(s.provider?.en ?? '') || /^google-/.test(s.id)),
  );
}
