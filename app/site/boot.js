// Inlined first in every page's <head> (bootScript, app/site/pages.go).
// It starts downloading and compiling app.wasm at once, in a worker:
// compiling 10 MB on the main thread would hold up the parsing and layout
// of the prerendered page, and a download the page's busy main thread
// consumes is throttled with it. go-app's loader (app.js) runs only once
// the whole page has been parsed; the version Watt Ledger serves
// (app/site/goapp-workarounds.go) instantiates the module compiled here. If the worker
// fails, this compiles on the main thread; if that fails too, app.js
// fetches and compiles as usual.
(function () {
  // What the visitor types into the calculator before the WebAssembly
  // runs: go-app builds the form again, and the calculator applies these
  // (dom.TakeEarlyInputs) when it mounts. Last value per field name.
  window.wattEarlyInput = {};
  var keep = function (e) {
    var t = e.target, early = window.wattEarlyInput;
    if (early && t && t.name && t.closest && t.closest("#calculator") && (t.type !== "radio" || t.checked)) {
      early[t.name] = t.value;
    }
  };
  document.addEventListener("input", keep, true);
  document.addEventListener("change", keep, true);

  var me = document.currentScript;
  var url = me && me.getAttribute("data-wasm");
  if (!url || !WebAssembly.compileStreaming || window.wattLoaderStarted) return;
  // The same conditions as go-app's loader: no WebAssembly for crawlers or
  // with ?wasm=false.
  if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) return;
  if (new URLSearchParams(location.search).get("wasm") === "false") return;
  var compiled = inWorker(new URL(url, location.href).href).catch(function () {
    return WebAssembly.compileStreaming(fetch(url));
  });
  // The bench (tools/bench) splits a cold load at this mark.
  compiled.then(function () { performance.mark("wasm-compiled"); }, function () {});
  window.wattWasmModule = compiled;

  // inWorker runs compileIn in a worker made from its own source: a
  // separate script file would cost the worker a request before it could
  // start the download.
  function inWorker(url) {
    return new Promise(function (resolve, reject) {
      var src = "(" + compileIn.toString() + ")(" + JSON.stringify(url) + ");";
      var script = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
      var w = new Worker(script);
      var done = function () {
        w.terminate();
        URL.revokeObjectURL(script);
      };
      w.onmessage = function (e) {
        done();
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
        done();
        reject(new Error(e.message || "worker failed"));
      };
    });
  }

  // compileIn runs in the worker. It answers with the compiled module and
  // the download's Resource Timing (the page's own timeline does not list
  // a worker's requests; the bench counts the bytes), or an error message.
  function compileIn(url) {
    WebAssembly.compileStreaming(fetch(url)).then(
      function (module) {
        var r = performance.getEntriesByName(url)[0];
        var timing = r && {
          startTime: r.startTime + performance.timeOrigin,
          responseEnd: r.responseEnd + performance.timeOrigin,
          transferSize: r.transferSize,
          encodedBodySize: r.encodedBodySize,
          decodedBodySize: r.decodedBodySize,
          serviceWorker: r.workerStart > 0,
        };
        postMessage({ module: module, timing: timing });
      },
      function (err) { postMessage({ error: String(err) }); }
    );
  }
})();
