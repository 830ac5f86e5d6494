// Banner first (issue 12): dist/kelisim-banner.js shows the first layer without i18next's runtime,
// the dialog or the cookie clean-up (those are dist/kelisim-ui.js's, which has no i18next either),
// and carries no interface string: each language's banner strings come in its own
// dist/kelisim-strings.<lang>.js, the dialog's others in dist/kelisim-locale.<lang>.js.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bannerStrings, dialogStrings } from '../../scripts/banner-strings.mjs';

const read = (name: string) => readFileSync(`dist/${name}`, 'utf8');
const BANNER = read('kelisim-banner.js');
const DIALOG = read('kelisim-ui.js');
const LANGS = ['kk', 'ru', 'en'] as const;

test('the banner chunk has no i18next, no dialog and no cookie clean-up; the dialog chunk has them but no i18next', () => {
  // The dialog's title id, a tracker cookie only the clean-up names.
  for (const marker of ['kelisim-dialog-title', '_fbp']) {
    expect(BANNER.includes(marker), marker).toBe(false);
    expect(DIALOG.includes(marker), marker).toBe(true);
  }
  // i18next's logger prefix, its plural resolver's and its interpolator's words (its runtime is
  // the npm widget's only: the script tag's strings are resolved at build time).
  for (const marker of ['i18next', 'pluralResolver', 'interpolator', 'missingKey']) {
    expect(BANNER.includes(marker), marker).toBe(false);
    expect(DIALOG.includes(marker), marker).toBe(false);
  }
  expect(read('index.js') + read('widget.js')).toContain('i18next');
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
    }
    for (const text of ['dialogTitle', 'facts.dataTable', 'groundName.legitimate-interest'].map((key) => dialogStrings(other)[key]!)) {
      expect(locale.includes(JSON.stringify(text).slice(1, -1)), `${other} in locale.${lang}`).toBe(own);
    }
  }
  // No string twice on the wire: the banner's are not in the locale, the dialog's not in the
  // banner strings; neither carries problem, page or embed texts.
  expect(locale.includes(JSON.stringify(bannerStrings(lang).acceptAll).slice(1, -1))).toBe(false);
  expect(strings.includes(JSON.stringify(dialogStrings(lang).dialogTitle).slice(1, -1))).toBe(false);
  expect(strings + locale).not.toMatch(/"(problems|page|cli|embed)[":.]/);
  expect(BANNER + DIALOG).not.toContain(bannerStrings(lang).acceptAll);
});

test('the policy-page chunk has no i18next either: its strings of the three languages are compiled in', () => {
  const page = read('kelisim-page.js');
  for (const marker of ['i18next', 'pluralResolver', 'interpolator', 'missingKey']) expect(page.includes(marker), marker).toBe(false);
  for (const lang of LANGS) expect(page, lang).toContain(JSON.stringify(dialogStrings(lang)['facts.dataTable']).slice(1, -1));
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
