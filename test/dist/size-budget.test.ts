import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

interface Budget {
  name: string;
  files: string[];
  limit: string;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { sizeBudgets: Budget[] };
const readme = readFileSync('README.md', 'utf8');

/** Gzip size in bytes, as a browser downloads it from a server that compresses at level 9. */
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
/** "3 kB" → 3000 bytes (kB = 1000 bytes). */
const bytes = (limit: string) => Math.round(parseFloat(limit) * 1000);

describe.each(pkg.sizeBudgets)('size budget: $name', (budget) => {
  test(`gzip size of ${budget.files.join(' + ')} is within ${budget.limit}`, () => {
    const size = budget.files.reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(size, `${budget.name}: ${size} B gzip`).toBeLessThanOrEqual(bytes(budget.limit));
  });

  test('the README states this budget', () => {
    expect(readme).toContain(`| ${budget.name} | ${budget.limit} |`);
  });
});

test('every dist file starts with a banner comment naming the package, version and licence', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const perLang = ['kk', 'ru', 'en'].flatMap((lang) => [`dist/kelisim-strings.${lang}.js`, `dist/kelisim-locale.${lang}.js`]);
  for (const file of ['dist/kelisim.js', 'dist/kelisim-banner.js', ...perLang, 'dist/kelisim-ui.js', 'dist/kelisim-extras.js', 'dist/kelisim-trackers.js', 'dist/kelisim-page.js', 'dist/index.js', 'dist/core.js']) {
    expect(readFileSync(file, 'utf8').slice(0, 200), file).toMatch(new RegExp(`^/\\*! kelisim v${version.replace(/\./g, '\\.')} \\| MIT licence`));
  }
});
