import type { Policy } from '../core/policy-types';

/** A localStorage or sessionStorage key, or a key prefix, that a policy declares. */
export interface StoragePattern {
  area: 'localStorage' | 'sessionStorage';
  /** The key, or its prefix when `prefix` is true. */
  name: string;
  prefix: boolean;
}

const AREAS = { 'local-storage': 'localStorage', 'session-storage': 'sessionStorage' } as const;

/** The storage keys the policy's services declare (as technologies) in the `declined` categories. */
export function storageKeysToClear(policy: Policy | undefined, declined: readonly string[]): StoragePattern[] {
  return (policy?.categories ?? [])
    .filter((category) => declined.includes(category.id))
    .flatMap((category) => category.services.flatMap((service) => service.technologies ?? []))
    .flatMap((item) => {
      const area = AREAS[item.kind as keyof typeof AREAS];
      return area ? [{ area, name: item.name, prefix: item.prefix ?? false }] : [];
    });
}

/**
 * Remove every key of `win`'s localStorage and sessionStorage that matches a pattern; returns
 * the keys removed. Storage that cannot be used (blocked, sandboxed) is skipped: clean-up never
 * throws into the page.
 */
export function clearStorage(patterns: readonly StoragePattern[], win: Window | null | undefined = globalThis.window): string[] {
  const removed: string[] = [];
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    const own = patterns.filter((pattern) => pattern.area === area);
    if (!own.length || !win) continue;
    try {
      const storage = win[area];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null);
      for (const key of keys) {
        if (own.some((p) => (p.prefix ? key.startsWith(p.name) : key === p.name))) {
          storage.removeItem(key);
          removed.push(key);
        }
      }
    } catch {
      // Reading storage throws a SecurityError where the browser blocks it; nothing to clean then.
    }
  }
  return removed;
}
