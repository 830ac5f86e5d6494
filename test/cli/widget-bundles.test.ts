// The `cli` section of locales/*.json is the kelisim command's: no widget bundle carries it
// (scripts/build.mjs strips it with the problem texts).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';

/** Every string under `value`. */
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings));
/** Every string of the locales outside `cli` (a cli text equal to one of them, e.g. "Cookie settings", may be in a bundle). */
const widgetStrings = new Set([en, kk, ru].flatMap(({ cli: _cli, ...rest }) => strings(rest)));

const bundles = readdirSync('dist').filter((name) => name.endsWith('.js') && name !== 'cli.js');

test('no widget bundle carries a cli text or key, in any language', () => {
  expect(bundles).toEqual(expect.arrayContaining(['kelisim.js', 'kelisim-ui.js', 'kelisim-page.js', 'index.js', 'widget.js', 'core.js']));
  const texts = [en, kk, ru].flatMap((locale) => strings(locale.cli)).filter((text) => text.length >= 12 && !widgetStrings.has(text));
  expect(texts.length).toBeGreaterThan(90);
  for (const name of bundles) {
    const code = readFileSync(`dist/${name}`, 'utf8');
    for (const key of ['kitIntro', 'noBrowser', 'unknownCommand', 'invalidBuild']) expect(code.includes(key), `${name}: ${key}`).toBe(false);
    // JSON.stringify escapes nothing in these texts but newlines (the help): compare its first line.
    for (const text of texts) expect(code.includes(text.split('\n')[0]!.slice(0, 40)), `${name}: ${text.slice(0, 40)}`).toBe(false);
  }
  // dist/cli.js itself does carry them.
  expect(readFileSync('dist/cli.js', 'utf8')).toContain(en.cli.kitIntro);
});
