// Lighthouse's mobile first visit, per library: its largest contentful paint minus that of the
// same page without a consent library (the ungated stub page). Lighthouse's defaults for mobile:
// a Moto G Power-sized screen, simulated slow 4G (150 ms RTT, 1.6 Mbps) and 4× CPU slow-down;
// the LCP is Lighthouse's simulated one (lantern), which a busy machine disturbs less than the
// observed one. The pages come gzip-compressed (startServer's `compress`), since the simulated
// network counts transfer sizes. Debian's Chromium is started by chrome-launcher with the bench's flags (nothing
// leaves 127.0.0.1); each run gets Lighthouse's own storage reset, so every visit is a first one.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/**
 * Start one Chromium for Lighthouse. `run(path)` audits `origin + path` and returns its LCP in ms
 * (simulated and observed). (Lighthouse 12's LCP-element audit fails on this Chromium, so no element.)
 * @param {{ chromePath: string, origin: string }} o
 */
export async function startLighthouse({ chromePath, origin }) {
  const chrome = await launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  return {
    async run(path) {
      const started = Date.now();
      const result = await lighthouse(
        origin + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyAudits: ['largest-contentful-paint', 'metrics'] },
        undefined,
      );
      const { lhr } = result ?? {};
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${path})`);
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
      if (typeof lcp !== 'number') throw new Error(`Lighthouse measured no LCP for ${path}`);
      const observed = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null;
      return { lcp, observedLcp: observed, seconds: (Date.now() - started) / 1000 };
    },
    close: () => chrome.kill(),
  };
}
