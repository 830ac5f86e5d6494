// A stand-in for a tracker the preview page gates with <script type="text/plain" data-consent>.
// Once the gate runs it, it sets the cookies the policy lists for its category (as the real
// tracker would, so withdrawal can be seen cleaning them up) and tells the event log it started.
(function () {
  var src = document.currentScript.src;
  var category = new URL(src).searchParams.get('category');
  var policy = (window.kelisimConfig || {}).policy;
  var written = [];
  ((policy && policy.categories) || []).forEach(function (c) {
    if (c.id !== category) return;
    (c.services || []).forEach(function (service) {
      (service.cookies || []).forEach(function (cookie) {
        var name = cookie.prefix ? cookie.name + 'DEMO' : cookie.name;
        document.cookie = name + '=demo; path=' + (cookie.path || '/') + '; max-age=86400; samesite=lax';
        written.push(name);
      });
    });
  });
  var message = { category: category, src: src.replace(location.origin, ''), cookies: written };
  parent.postMessage({ channel: 'kelisim-demo', kind: 'script', detail: message, at: Date.now() }, location.origin);
})();
