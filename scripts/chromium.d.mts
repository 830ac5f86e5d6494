/** Flags that keep headless Chromium off the network and quiet on this machine. */
export const CHROMIUM_ARGS: string[];
/** Path of the system's Chromium; throws a message that says how to install it. */
export function findChromium(): string;
