// Banner first (issue 12): dist/kelisim-banner.js shows the first layer without i18next's runtime,
// the dialog or the cookie clean-up (those are dist/kelisim-ui.js's), and carries no interface
// string: each language's comes in its own dist/kelisim-strings.<lang>.js, each dialog locale in
// dist/kelisim-locale.<lang>.js.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bannerStrings, widgetLocale } from '../../scripts/banner-strings.mjs';

const read = (name: string) => readFileSync(`dist/${name}`, 'utf8');
const BANNER = read('kelisim-banner.js');
const DIALOG = read('kelisim-ui.js');
const LANGS = ['kk', 'ru', 'en'] as const;

test('the banner chunk has no i18next, no dialog and no cookie clean-up; the dialog chunk has them', () => {
  // i18next's logger prefix, the dialog's title id, a tracker cookie only the clean-up names.
  for (const marker of ['i18next', 'kelisim-dialog-title', '_fbp']) {
    expect(BANNER.includes(marker), marker).toBe(false);
    expect(DIALOG.includes(marker), marker).toBe(true);
  }
});

test('the dialog chunk runs on the banner chunk\'s Preact rather than a copy of its own', () => {
  expect(DIALOG).toContain('kelisim.shared');
  // The hooks' state key (`__H`, kept by Preact's own mangling) is in the banner chunk only.
  expect(BANNER).toContain('__H');
  expect(DIALOG).not.toContain('__H');
});

test.each(LANGS)('one language on the wire: the %s strings and locale chunks carry that language only', (lang) => {
  const strings = read(`kelisim-strings.${lang}.js`);
  const locale = read(`kelisim-locale.${lang}.js`);
  for (const other of LANGS) {
    const own = other === lang;
    for (const text of ['acceptAll', 'settings', 'title'].map((key) => bannerStrings(other)[key]!)) {
      expect(strings.includes(JSON.stringify(text).slice(1, -1)), `${other} in strings.${lang}`).toBe(own);
      expect(locale.includes(JSON.stringify(text).slice(1, -1)), `${other} in locale.${lang}`).toBe(own);
    }
  }
  // The dialog's strings are the locale's, not the banner's; neither carries problem or page texts.
  expect(strings.includes(JSON.stringify(String(widgetLocale(lang).dialogTitle)).slice(1, -1))).toBe(false);
  expect(locale).not.toMatch(/"(problems|page|cli)":/);
  expect(BANNER + DIALOG).not.toContain(bannerStrings(lang).acceptAll);
});

test('the banner chunk carries neither the dialog\'s CSS nor the consent log\'s sender: the dialog and log chunks do', () => {
  // A dialog-only rule (the service list's lazy layout), and the log's keepalive POST.
  const LOG = read('kelisim-log.js');
  expect(BANNER).not.toContain('content-visibility');
  expect(DIALOG).toContain('content-visibility');
  expect(BANNER).not.toContain('keepalive');
  expect(LOG).toContain('keepalive');
  // The banner keeps the receipt pending itself, inside the click.
  expect(BANNER).toContain('kelisim.pending');
});
