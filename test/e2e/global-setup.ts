import { existsSync } from 'node:fs';
import { findChromium } from './support/chromium';
import { ROOT } from './support/server';

/** Fail early and clearly: the e2e tests need Chromium and the built dist/ files. */
export default function setup(): void {
  findChromium();
  if (!existsSync(`${ROOT}dist/kelisim.js`)) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  }
}
