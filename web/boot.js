// Starts fetching and compiling app.wasm while the page is still being
// parsed. go-app's loader (app.js) only runs once the whole prerendered
// page has been parsed; the version Watt Ledger serves (app/app-js.go)
// takes the module compiled here instead of fetching its own. If anything
// fails here, app.js fetches and compiles as usual.
(function () {
  var me = document.currentScript;
  var url = me && me.getAttribute("data-wasm");
  if (!url || !WebAssembly.compileStreaming || window.wattLoaderStarted) return;
  // The same conditions as go-app's loader: no WebAssembly for crawlers or
  // with ?wasm=false.
  if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) return;
  if (new URLSearchParams(location.search).get("wasm") === "false") return;
  var compiled = WebAssembly.compileStreaming(fetch(url));
  compiled.catch(function () {});
  window.wattWasmModule = compiled;
})();
