// A first visit through the built script tag (dist/kelisim.js): the UI bundle and the policy are
// fetched, the banner shows in #kelisim's shadow root, and gated scripts wait for accept-all.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { ROOT } from './support/server';
import {
  LOADER, POLICY, UI, gated, loaderTag, openPage, pathsSince, ran, shadowActions, stubRequests, waitRan, widgetButton,
  type LoaderWindow,
} from './loader-page';

const POLICY_JSON = readFileSync(`${ROOT}${POLICY}`, 'utf8');
const EN = JSON.parse(readFileSync(`${ROOT}locales/en.json`, 'utf8')) as Record<string, string>;

const { server, freshContext } = useBrowserSession();

test('a first visit fetches the UI and the policy, shows the banner, and runs the gated script only after accept-all, once', async () => {
  const mark = server.requests.length;
  const { page, uncaught } = await openPage(server, await freshContext(), '/first', loaderTag(), gated('first'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });

  expect(pathsSince(server, mark)).toEqual(expect.arrayContaining([LOADER, UI, POLICY]));
  // The three equal choices live inside the open shadow root of #kelisim.
  expect(await shadowActions(page)).toEqual(expect.arrayContaining(['accept-all', 'reject-all', 'open-settings']));
  expect(await ran(page)).toEqual([]);
  expect(stubRequests(server, 'first')).toBe(0);

  await widgetButton(page, 'accept-all').click();
  await waitRan(page, 1);
  await widgetButton(page, 'accept-all').waitFor({ state: 'detached' });
  // A repeated decision runs nothing again; a script added afterwards proves the gate has acted on it.
  await page.evaluate(async (html) => {
    await (window as unknown as LoaderWindow).Kelisim.acceptAll();
    document.body.append(document.createRange().createContextualFragment(html));
  }, gated('later'));
  await waitRan(page, 2);
  expect(await ran(page)).toEqual(['first', 'later']);
  expect(stubRequests(server, 'first')).toBe(1);
  expect(uncaught).toEqual([]);
});

test.each(['async', 'defer'])('a loader tag marked %s shows the banner, and gates until accept-all', async (mode) => {
  const mark = server.requests.length;
  const tag = loaderTag(`${mode} data-policy="${POLICY}" data-revision="2026-01" data-categories="analytics"`);
  const { page, uncaught } = await openPage(server, await freshContext(), `/${mode}`, tag, gated(mode));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(pathsSince(server, mark)).toContain(UI);
  expect(await ran(page)).toEqual([]);
  expect(stubRequests(server, mode)).toBe(0);

  await widgetButton(page, 'accept-all').click();
  await waitRan(page, 1);
  expect(await ran(page)).toEqual([mode]);
  expect(uncaught).toEqual([]);
});

test('an inline #kelisim-policy is used: no policy request, the banner shows and accept-all opens the gate', async () => {
  const mark = server.requests.length;
  const head = `<script type="application/json" id="kelisim-policy">${POLICY_JSON}</script><script src="${LOADER}"></script>`;
  const { page } = await openPage(server, await freshContext(), '/inline', head, gated('inline'));
  await widgetButton(page, 'accept-all').waitFor({ state: 'visible' });
  expect(pathsSince(server, mark)).toContain(UI);
  expect(pathsSince(server, mark)).not.toContain(POLICY);

  await widgetButton(page, 'accept-all').click();
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['inline']);
  expect((await page.evaluate(() => (window as unknown as LoaderWindow).Kelisim.get()))?.revision).toBe('2026-01');
});

test('window.kelisimConfig gives the policy, the language and the layout', async () => {
  const head = `<script>window.kelisimConfig = { policy: ${POLICY_JSON}, lang: 'en', layout: 'box' };</script><script src="${LOADER}"></script>`;
  const { page } = await openPage(server, await freshContext(), '/config', head, gated('config'));
  const accept = widgetButton(page, 'accept-all');
  await accept.waitFor({ state: 'visible' });
  // The page says lang="kk": the config's explicit 'en' wins, and the box layout is used.
  expect((await accept.textContent())?.trim()).toBe(EN.acceptAll);
  expect((await widgetButton(page, 'reject-all').textContent())?.trim()).toBe(EN.rejectAll);
  expect(await page.evaluate(() => !!document.getElementById('kelisim')?.shadowRoot?.querySelector('.panel.box'))).toBe(true);

  await accept.click();
  await waitRan(page, 1);
  expect(await ran(page)).toEqual(['config']);
});
