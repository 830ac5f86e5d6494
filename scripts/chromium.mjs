// Where Debian's Chromium is and how it is started, shared by the real-browser tests and the bench.
import { existsSync } from 'node:fs';

/** Flags that keep headless Chromium off the network and quiet on this machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Every name resolves to this machine: nothing ever reaches the internet.
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];

/** Path of the system's Chromium; throws a message that says how to install it. */
export function findChromium() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].find(
    (path) => path && existsSync(path),
  );
  if (!found) {
    throw new Error(
      "Real-browser tests need Chromium and none was found. Install Debian's package " +
        '(`apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
