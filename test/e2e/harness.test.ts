import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => { browser = await launchBrowser(); server = await startServer(); });
afterAll(async () => { await browser.close(); await server.close(); });

test('a page on a .kz host name is served locally', async () => {
  server.page('/hello', '<title>ok</title><h1>Сәлем</h1>');
  const page = await browser.newPage();
  await page.goto(`http://example.kz:${server.port}/hello`);
  expect(await page.textContent('h1')).toBe('Сәлем');
  expect(server.requests.at(-1)?.host).toBe(`example.kz:${server.port}`);
  await page.close();
});
