import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/core');
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage'] as const;

/** Every .ts module under a folder, recursively. */
function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifiers a source file imports or re-exports (static, dynamic and side-effect imports). */
function specifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm);
  return [...found].map((m) => m[1]!);
}

/** The packages the module graph starting at `files` pulls in, following relative imports. */
function packagesReachedFrom(files: string[]): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
      const target = [base + '.ts', base + '.tsx', join(base, 'index.ts')].find(existsSync);
      if (target) visit(target);
      else if (!/\.(json|css)$/.test(spec)) throw new Error(`${relative(CORE, file)} imports ${spec}, which was not found`);
    }
  };
  files.forEach(visit);
  return packages;
}

// Record any touch of a browser global while src/core is imported (a throwing getter could be
// swallowed by a try/catch in the module under test; a record cannot).
const touched: string[] = [];
const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
afterAll(() => {
  for (const [name, desc] of saved) {
    if (desc) Object.defineProperty(globalThis, name, desc);
    else delete (globalThis as Record<string, unknown>)[name];
  }
});

describe('src/core is SSR-safe', () => {
  const files = modules(CORE);

  it('finds the core modules', () => {
    expect(files.map((f) => relative(CORE, f))).toEqual(expect.arrayContaining(['create-consent.ts', 'consent-cookie.ts', 'queue.ts']));
  });

  it('touches no browser global at import time', async () => {
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => void touched.push(name),
      });
    }
    for (const file of files) {
      const before = touched.length;
      await import(/* @vite-ignore */ file);
      expect(touched.slice(before), `${relative(CORE, file)} read a browser global at import time`).toEqual([]);
    }
  });

  it('pulls in neither Preact nor i18next', () => {
    const packages = packagesReachedFrom(files);
    expect(packages).toContain('js-cookie'); // the scan does see packages
    expect([...packages].filter((p) => /^(preact|i18next|@preact\/)/.test(p))).toEqual([]);
  });

  it('runs a consent instance on a server, where there are no cookies', async () => {
    for (const [name] of saved) delete (globalThis as Record<string, unknown>)[name];
    const { createConsent } = await import('../../src/core/create-consent');
    const consent = createConsent({ revision: 'r1', categories: ['analytics'] });
    const ready = new Promise((resolve) => consent.on('ready', resolve));
    expect(consent.get()).toBeNull();
    expect(consent.has('analytics')).toBe(false);
    expect(consent.acceptAll()).toMatchObject({ granted: ['analytics'], method: 'accept-all' });
    expect(consent.has('analytics')).toBe(true);
    expect(() => consent.reset()).not.toThrow();
    await expect(ready).resolves.toBeNull();
  });
});
