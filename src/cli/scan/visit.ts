import type { Browser, Page } from 'playwright-core';
import type { ScanState, SeenCookie, SeenRequest, StateObservation } from './types';

/** Whether `host` is the site's host, a subdomain of it, or a parent of it (www.shop.kz ~ shop.kz). */
export function sameSite(host: string, site: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
  const a = bare(host);
  const b = bare(site);
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The result of one visit: the state seen, and what the page tells about itself. */
export interface Visit {
  observation: StateObservation;
  tool: boolean;
  links: string[];
  /** The absolute URL of the policy the Kelisim tag names (data-policy), if any. */
  policyUrl?: string;
  /** The text of that policy, or of the inline one (`#kelisim-policy`), if any. */
  policyText?: string;
}

const BUTTON = { necessary: 'reject-all', accept: 'accept-all' } as const;

/** Wait until the network is quiet (or `ms` passed: some pages never are). */
const settle = (page: Page, ms: number) => page.waitForLoadState('networkidle', { timeout: ms }).catch(() => undefined);

/**
 * Open `url` as a fresh visitor (a new browser context) and, for `necessary` / `accept`, press
 * Kelisim's button in its shadow root; record the cookies, storage keys and third-party requests.
 * Throws when the page does not load.
 */
export async function visit(browser: Browser, url: string, state: ScanState, timeout: number): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const site = new URL(url).hostname;
    const requests: SeenRequest[] = [];
    let phase: SeenRequest['phase'] = 'before';
    page.on('request', (request) => {
      const host = new URL(request.url()).hostname;
      if (/^https?:/.test(request.url()) && !sameSite(host, site)) requests.push({ url: request.url(), host, phase });
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
    await settle(page, 5_000);
    const tool = await page.evaluate(() => 'Kelisim' in window || !!document.querySelector('#kelisim'));
    if (state !== 'before' && tool) {
      const button = page.locator(`#kelisim [data-kelisim="${BUTTON[state]}"]`).first();
      await button.waitFor({ state: 'visible', timeout: 15_000 });
      phase = 'after';
      await button.click();
      await settle(page, 5_000);
    }
    const info = await page.evaluate(async () => {
      const tag = document.querySelector<HTMLScriptElement>('script[data-policy]');
      const policyUrl = tag ? new URL(tag.dataset.policy!, document.baseURI).href : undefined;
      // Fetched from the page, so it goes where the browser's host mapping sends it.
      const policyText = policyUrl ? await fetch(policyUrl).then((r) => (r.ok ? r.text() : undefined), () => undefined) : undefined;
      const keys = (store: Storage) => Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
      return {
        links: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => a.href),
        policyUrl,
        policyText: policyText ?? document.getElementById('kelisim-policy')?.textContent ?? undefined,
        local: keys(localStorage),
        session: keys(sessionStorage),
      };
    });
    const now = Date.now() / 1000;
    const cookies: SeenCookie[] = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain,
      lifetime: c.expires < 0 ? 'session' : Math.max(0, Math.ceil((c.expires - now) / 86_400)),
      firstParty: sameSite(c.domain.replace(/^\./, ''), site),
    }));
    const storage = [
      ...info.local.map((key) => ({ kind: 'local-storage' as const, key })),
      ...info.session.map((key) => ({ kind: 'session-storage' as const, key })),
    ];
    const links = info.links.filter((link) => /^https?:/.test(link) && new URL(link).hostname === site).map((link) => link.split('#')[0]!);
    return { observation: { cookies, storage, requests }, tool, links, policyUrl: info.policyUrl, policyText: info.policyText };
  } finally {
    await context.close();
  }
}
