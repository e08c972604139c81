// Runs before the page is shown. The HTML carries the numbers it was
// prerendered for (meta watt-query). When the address bar asks for other
// inputs (a share link served by a static host, or a page the service
// worker had cached), or the visitor's saved inputs will replace the
// defaults, the prerendered numbers are hidden until the WebAssembly has
// computed the right ones, so a default never passes for a link's answer.
(function () {
  // The server renders a link for its canonical query (app/site's
  // canonicalQuery): n=10,000 and n=1e4 come back as n=10000. A number
  // written two ways is the same input; anything else is compared as text,
  // so a doubt only ever hides the numbers until they are computed.
  var plainNumber = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/;
  function same(a, b) {
    if (a === b) return true;
    if (!plainNumber.test(a) || !plainNumber.test(b)) return false;
    return Number(a.replace(/,/g, "")) === Number(b.replace(/,/g, ""));
  }
  // Whether an installed service worker served this page: only then can a
  // newer version be "an update" (update-banner.go).
  window.wattControlled = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  var fields = ["preset", "method", "hw", "n", "hours", "gpuh", "w", "pue", "flops",
    "params", "tokens", "mfu", "region", "grid", "facility", "ci", "qwh", "qpd", "days", "mw", "lf", "campus"];
  var meta = document.querySelector('meta[name="watt-query"]');
  var rendered = new URLSearchParams(meta ? meta.content : "");
  var wanted = new URLSearchParams(location.search);
  var differs = fields.some(function (f) {
    return !same(wanted.get(f) || "", rendered.get(f) || "");
  });
  if (!differs && !location.search) {
    try {
      var saved = JSON.parse(localStorage.getItem("watt-ledger") || "null");
      differs = !!(saved && saved.q);
    } catch (e) {
      differs = false;
    }
  }
  if (differs) {
    document.documentElement.classList.add("pending");
  }
})();
