// A stand-in for an analytics tag (no network): records when it ran, in the page's own clock
// (performance.now(), 0 = navigation start), and how many times.
(function () {
  var b = (window.__bench = window.__bench || {});
  b.gatedRuns = (b.gatedRuns || 0) + 1;
  if (b.gatedAt == null) b.gatedAt = performance.now();
  window.stubAnalytics = { pageView: function () {} };
})();
