// Runs before the page is shown. The HTML carries the numbers it was
// prerendered for (meta watt-query). When the address bar asks for other
// inputs (a share link served by a static host, or a page the service
// worker had cached), or the visitor's saved inputs will replace the
// defaults, the prerendered numbers are hidden until the WebAssembly has
// computed the right ones, so a default never passes for a link's answer.
(function () {
  // Whether an installed service worker served this page: only then can a
  // newer version be "an update" (update-banner.go).
  window.wattControlled = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  var fields = ["preset", "method", "hw", "n", "hours", "gpuh", "w", "pue", "flops",
    "params", "tokens", "mfu", "region", "ci", "qwh", "qpd", "days", "mw", "lf", "campus"];
  var meta = document.querySelector('meta[name="watt-query"]');
  var rendered = new URLSearchParams(meta ? meta.content : "");
  var wanted = new URLSearchParams(location.search);
  var differs = fields.some(function (f) {
    return (wanted.get(f) || "") !== (rendered.get(f) || "");
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
