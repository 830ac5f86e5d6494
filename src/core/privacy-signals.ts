/** Whether the browser asks not to be tracked: Global Privacy Control, and Do Not Track when enabled. */
export function privacySignal(
  nav: { globalPrivacyControl?: unknown; doNotTrack?: unknown } | undefined,
  opts: { gpc: boolean; dnt: boolean },
): boolean {
  if (!nav) return false;
  // GPC: https://privacycg.github.io/gpc-spec/ — a boolean. DNT: '1', or 'yes' in old Firefox.
  if (opts.gpc && nav.globalPrivacyControl === true) return true;
  return opts.dnt && (nav.doNotTrack === '1' || nav.doNotTrack === 'yes');
}
