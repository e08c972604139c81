// Starts fetching and compiling app.wasm as soon as the page's <head> is
// parsed, in a worker (web/compile-worker.js): compiling 10 MB on the main
// thread would hold up the parsing and layout of the prerendered page, and
// the page's main thread also throttles a download it consumes. go-app's
// loader (app.js) only runs once the whole page has been parsed; the
// version Watt Ledger serves (app/app-js.go) instantiates the module
// compiled here. If the worker fails, this compiles on the main thread;
// if that fails too, app.js fetches and compiles as usual.
(function () {
  var me = document.currentScript;
  var url = me && me.getAttribute("data-wasm");
  if (!url || !WebAssembly.compileStreaming || window.wattLoaderStarted) return;
  // The same conditions as go-app's loader: no WebAssembly for crawlers or
  // with ?wasm=false.
  if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) return;
  if (new URLSearchParams(location.search).get("wasm") === "false") return;
  var compiled = inWorker(me.getAttribute("data-worker")).catch(function () {
    return WebAssembly.compileStreaming(fetch(url));
  });
  // The bench (app/internal/bench) splits a cold load at this mark.
  compiled.then(function () { performance.mark("wasm-compiled"); }, function () {});
  window.wattWasmModule = compiled;

  // The worker compiles the app.wasm beside it: data-wasm and data-worker
  // name the same directory.
  function inWorker(script) {
    return new Promise(function (resolve, reject) {
      if (!script || !window.Worker) throw new Error("no worker");
      var w = new Worker(script);
      w.onmessage = function (e) {
        w.terminate();
        var m = e.data || {};
        if (!(m.module instanceof WebAssembly.Module)) {
          reject(new Error(m.error || "no module"));
          return;
        }
        if (m.timing) {
          window.wattWasmTiming = m.timing;
        }
        resolve(m.module);
      };
      w.onerror = function (e) {
        w.terminate();
        reject(new Error(e.message || "worker failed"));
      };
    });
  }
})();
