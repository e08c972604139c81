// Compiles app.wasm for web/boot.js, off the page's main thread, which is
// busy parsing and laying out the prerendered page meanwhile. It starts
// at once, with app.wasm beside it in web/ (waiting for a message from
// the page would cost a turn of the page's busy main thread). It answers
// with the compiled WebAssembly.Module and the download's Resource Timing
// (the page's own timeline does not list a worker's requests; the bench
// counts the bytes), or with an error message.
(function () {
  var url = new URL("app.wasm", self.location.href).href;
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
})();
