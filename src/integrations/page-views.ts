/** A window as far as route watching needs it. */
type RouteHost = Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'> & {
  navigation?: EventTarget;
};

/**
 * Call `onView(url)` after every route change of a single-page app: the Navigation API's
 * `navigatesuccess` where the browser has it, else `popstate` and `hashchange`. The host's
 * `history` is never patched. A URL already reported is not reported again (the initial page
 * view is the tracker's own). Returns the function that stops watching.
 */
export function watchRouteChanges(win: RouteHost, onView: (url: string) => void): () => void {
  let last = win.location.href;
  const report = () => {
    const url = win.location.href;
    // popstate and hashchange both fire for one hash navigation: report it once.
    if (url === last) return;
    last = url;
    onView(url);
  };
  const targets: [Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, string][] = win.navigation
    ? [[win.navigation, 'navigatesuccess']]
    : [[win, 'popstate'], [win, 'hashchange']];
  for (const [target, type] of targets) target.addEventListener(type, report);
  return () => {
    for (const [target, type] of targets) target.removeEventListener(type, report);
  };
}
