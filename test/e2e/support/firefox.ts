// Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, for the cross-browser tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where Firefox is looked for: `FIREFOX_PATH`, else Debian's package. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Whether Firefox is installed; when not, `skipMessage` says how to get it. */
export const firefoxFound = () => existsSync(FIREFOX_PATH);

/** The one line printed when the Firefox tests are skipped. */
export const skipMessage = () =>
  `Firefox not found at ${FIREFOX_PATH}: Firefox tests skipped; apt-get install firefox-esr or set FIREFOX_PATH`;

/** A dead local port: every request Firefox would send to the internet goes here and fails. */
const NOWHERE = { host: '127.0.0.1', port: 9 };

/**
 * Preferences that keep Firefox off the network (on top of puppeteer's own, which already turn off
 * updates, safe browsing's lists, health reports and the blocklist): a proxy on a dead port for
 * every scheme (127.0.0.1 is never proxied, so the test server still answers), no captive-portal or
 * connectivity probe, no telemetry, no remote settings (with `MOZ_REMOTE_SETTINGS_DEVTOOLS`, below), no
 * prefetching. Checked once by pointing the proxy at a listening port: Firefox sent it nothing.
 */
export const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.http': NOWHERE.host,
  'network.proxy.http_port': NOWHERE.port,
  'network.proxy.ssl': NOWHERE.host,
  'network.proxy.ssl_port': NOWHERE.port,
  'network.proxy.socks': NOWHERE.host,
  'network.proxy.socks_port': NOWHERE.port,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'extensions.blocklist.enabled': false,
  'services.settings.server': `http://${NOWHERE.host}:${NOWHERE.port}/`,
  'security.OCSP.enabled': 0,
  'media.gmp-gmpopenh264.enabled': false,
  'browser.aboutConfig.showWarning': false,
};

/** A running Firefox with a fresh profile; `close()` ends it (killing it if it hangs) and removes the profile. */
export interface TestFirefox {
  browser: Browser;
  close(): Promise<void>;
}

/** How long a polite `browser.close()` may take before the process is killed. */
const CLOSE_TIMEOUT = 10_000;

/** Launch headless Firefox in a fresh profile directory. */
export async function launchFirefox(): Promise<TestFirefox> {
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: dir,
    extraPrefsFirefox: OFFLINE_PREFS,
    // Release builds ignore `services.settings.server` unless this is set, and would otherwise poll
    // firefox.settings.services.mozilla.com (through the dead proxy) many times a second.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // A loaded two-core machine can take a while to start Firefox.
    timeout: 60_000,
    protocolTimeout: 60_000,
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const child = browser.process();
  return {
    browser,
    async close() {
      // A guard, not a wait: a Firefox that does not quit in time is killed, with its content processes.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CLOSE_TIMEOUT)));
      const closed = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), timeout]);
      clearTimeout(timer);
      if (closed !== 'closed' && child?.pid && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // puppeteer starts Firefox as a process-group leader: the negative pid reaches its children too.
        try { process.kill(-child.pid, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
