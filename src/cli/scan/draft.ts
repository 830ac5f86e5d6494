import { SERVICES, serviceByCookie, serviceByHost, serviceByStorageKey } from '../../catalogue/services';
import type { CatalogueService } from '../../catalogue/types';
import type { Category, Localized, Service } from '../../core/policy-types';
import type { PageScan } from './types';

const TITLES: Record<string, Localized> = {
  necessary: { kk: 'Қажетті', ru: 'Необходимые', en: 'Necessary' },
  analytics: { kk: 'Аналитика', ru: 'Аналитика', en: 'Analytics' },
  marketing: { kk: 'Маркетинг', ru: 'Маркетинг', en: 'Marketing' },
  functional: { kk: 'Функционалдық', ru: 'Функциональные', en: 'Functional' },
};
const TODO: Localized = { kk: 'TODO: сипаттаңыз', ru: 'TODO: опишите', en: 'TODO: describe' };
const DECISION: Localized = {
  kk: 'Cookie файлдарына қатысты келісім беру немесе бас тарту туралы таңдауыңызды сақтайды.',
  ru: 'Хранит ваш выбор: согласие на файлы cookie или отказ от них.',
  en: 'Stores your choice to give or refuse consent to cookies.',
};

/** A policy service from a catalogue entry, with only the cookies that were seen (all of them when none was). */
function fromCatalogue(entry: CatalogueService, seenNames: ReadonlySet<string>): Service {
  // Each seen name counts for the first catalogue cookie it matches (`_ym_uid`, not also `_ym_*`).
  const first = (name: string) => entry.cookies.find((c) => (c.prefix ? name.startsWith(c.name) : name === c.name));
  const seen = entry.cookies.filter((c) => [...seenNames].some((name) => first(name) === c));
  const cookies = (seen.length ? seen : entry.cookies).map(({ name, prefix, lifetime, purpose, domain }) => ({
    name,
    ...(prefix ? { prefix } : {}),
    lifetime,
    purpose,
    ...(domain ? { domain } : {}),
  }));
  return { id: entry.id, name: entry.name, provider: entry.provider, country: entry.country, description: entry.description, cookies };
}

/**
 * A draft `categories` block from what the scan saw: each catalogue service met (by host, cookie
 * or storage key) under its category, and the site's own unknown cookies under `necessary` with
 * TODO texts (the owner decides which category they belong to).
 */
export function draftCategories(pages: readonly PageScan[], siteName: string): Category[] {
  const states = pages.flatMap((page) => Object.values(page.states));
  const cookies = states.flatMap((s) => s.cookies);
  const ids = new Set<string>();
  for (const r of states.flatMap((s) => s.requests)) if (serviceByHost(r.host)) ids.add(serviceByHost(r.host)!.id);
  for (const c of cookies) if (serviceByCookie(c.name, c.domain)) ids.add(serviceByCookie(c.name, c.domain)!.service.id);
  for (const s of states.flatMap((x) => x.storage)) if (serviceByStorageKey(s.key)) ids.add(serviceByStorageKey(s.key)!.id);
  const names = new Set(cookies.map((c) => c.name));
  const own = [...new Map(cookies.filter((c) => c.firstParty && !serviceByCookie(c.name, c.domain)).map((c) => [c.name, c])).values()];
  const site: Service = {
    id: 'site',
    name: siteName,
    provider: TODO,
    country: 'KZ',
    cookies: own.map((c) => ({
      name: c.name,
      lifetime: c.lifetime === 'session' ? 'session' : { amount: Math.max(1, c.lifetime), unit: 'day' as const },
      // Kelisim's own decision cookie is the one whose purpose is known.
      purpose: c.name === 'kelisim' ? DECISION : TODO,
    })),
  };
  const categories: Category[] = [{ id: 'necessary', title: TITLES.necessary!, description: TODO, services: [site] }];
  for (const id of ['analytics', 'marketing', 'functional']) {
    const services = SERVICES.filter((s) => s.category === id && ids.has(s.id)).map((s) => fromCatalogue(s, names));
    if (services.length) categories.push({ id, title: TITLES[id]!, description: TODO, services });
  }
  return categories;
}
