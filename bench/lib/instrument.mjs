// The page-side instrumentation of every bench visit (an init script; see visit.mjs).

/**
 * Installed before any page script (an init script). Everything is timed with the page's own
 * performance.now(), whose 0 is the navigation start:
 * - visibleAt: first animation frame in which the library's "accept all" button is rendered:
 *   connected, non-empty box inside the viewport, and checkVisibility() with opacity and
 *   visibility (so a banner still at opacity 0, hidden, or display:none does not count). The
 *   check runs in requestAnimationFrame, just before that frame is painted;
 * - clickAt: a capture-phase click listener on window, the first listener to see the click;
 * - gatedAt / gatedRuns: written by the stub analytics script itself;
 * - shifts: every layout-shift entry (PerformanceObserver, buffered);
 * - longtasks: every longtask entry (page-wide, for reference).
 */
export function instrument(findSrc) {
  if (window !== window.top) return;
  const B = (window.__bench = window.__bench || {});
  Object.assign(B, { visibleAt: null, foundAt: null, clickAt: null, gatedAtClick: null, shifts: [], longtasks: [], stopped: false });
  const find = new Function('return ' + findSrc);
  const visible = (el) => {
    if (!el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const poll = () => {
    if (B.stopped || B.visibleAt != null) return;
    let el = null;
    try {
      el = find();
    } catch {
      el = null;
    }
    if (el) {
      if (B.foundAt == null) B.foundAt = performance.now();
      if (visible(el)) {
        B.visibleAt = performance.now();
        // Ends the "until the banner" window in a trace.
        console.timeStamp('bench-banner-visible');
        return;
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      B.shifts.push({
        value: e.value,
        startTime: e.startTime,
        hadRecentInput: e.hadRecentInput,
        sources: (e.sources || []).map((s) => {
          const n = s.node;
          return n ? `${n.nodeName}${n.id ? '#' + n.id : ''}${n.className && typeof n.className === 'string' ? '.' + n.className.split(' ').join('.') : ''}` : '?';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) B.longtasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'click',
    () => {
      if (B.clickAt != null) return;
      B.clickAt = performance.now();
      B.gatedAtClick = B.gatedRuns || 0;
    },
    true,
  );
}
