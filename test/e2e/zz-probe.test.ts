import { test } from 'vitest';
import { launchBrowser } from './support/chromium';
import { startServer } from './support/server';
import { kelisimPage, openPage, waitForBanner, focusState, waitForDialog } from './support/pages';
test('probe', async () => {
const browser = await launchBrowser(); const server = await startServer();
const { page } = await openPage(browser, server, '/x', kelisimPage({ lang: 'en', data: { lang: 'en' } }));
await waitForBanner(page);
for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
console.log(JSON.stringify(await focusState(page)));
await page.keyboard.press('Enter');
await waitForDialog(page);
for (let i = 0; i < 3; i++) { console.log(JSON.stringify(await focusState(page))); await page.waitForTimeout(300); }
console.log(await page.evaluate(() => { const r = document.getElementById('kelisim')!.shadowRoot!; const h = r.activeElement!; return [...r.adoptedStyleSheets[0].cssRules].filter(x => x.cssText.includes('focus')).map(x=>x.cssText).join('\n') + getComputedStyle(h).outline; }));
await browser.close(); await server.close();
}, 120000);
