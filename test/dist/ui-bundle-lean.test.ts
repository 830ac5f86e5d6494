// The script tag's widget guards the policy and leaves its full validation to the writer
// (issue 12): dist/kelisim-banner.js carries the guard; neither it, the dialog chunk
// (dist/kelisim-ui.js) nor a locale chunk carries the validator or any problem text.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { problems as EN } from '../../locales/en.json';
import { problems as KK } from '../../locales/kk.json';
import { problems as RU } from '../../locales/ru.json';

const BANNER = readFileSync('dist/kelisim-banner.js', 'utf8');
const UI = ['kelisim-banner.js', 'kelisim-ui.js', ...['kk', 'ru', 'en'].map((lang) => `kelisim-locale.${lang}.js`)].map((file) => readFileSync(`dist/${file}`, 'utf8')).join('\n');

test('the UI bundle carries the guard, not the validator nor a problem text of any locale', () => {
  expect(BANNER).toContain('Kelisim: the policy cannot be shown: ');
  // The validator's own words (PolicyError, warningsText) and the "did you mean" of its messages.
  for (const marker of ['Kelisim: the policy has', 'did you mean']) expect(UI.split(marker).length - 1, marker).toBe(0);
  // No problem message of any locale (long enough not to be a widget string by chance).
  const messages = [EN, KK, RU].flatMap((problems) => Object.entries(problems)).filter(([, text]) => text.length >= 25);
  expect(messages.length).toBeGreaterThan(100);
  for (const [code, text] of messages) expect(UI.includes(text.slice(0, 40)), code).toBe(false);
});
