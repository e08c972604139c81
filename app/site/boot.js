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
  // What the visitor types into the calculator or the power planner
  // before the WebAssembly runs: go-app builds the form again, and the
  // view applies these (dom.TakeEarlyInputs) when it mounts. Last value
  // per field name.
  window.wattEarlyInput = {};
  var keep = function (e) {
    var t = e.target, early = window.wattEarlyInput;
    if (early && t && t.name && t.closest && t.closest("#calculator, #power") && (t.type !== "radio" || t.checked)) {
      early[t.name] = t.value;
    }
  };
  document.addEventListener("input", keep, true);
  document.addEventListener("change", keep, true);

  // Go starts when the visitor first reaches for the page (a touch, a
  // click, a key, a field focused) rather than as soon as the module
  // arrives: the prerendered page already shows the link's numbers, and
  // Go's start holds the main thread for about a second and a half on a
  // mid-range phone. app.js waits for this promise (wattStartWanted). It
  // resolves once the gesture that showed intent is over (its click, key
  // release or cancel, or 600 ms): go-app replaces the page's elements as
  // it starts, and a press and release that land on different elements
  // make no click.
  var intents = ["pointerdown", "touchstart", "keydown", "focusin", "input", "change"];
  var gestureEnds = ["click", "keyup", "pointercancel", "touchcancel"];
  window.wattIntent = new Promise(function (resolve) {
    var started = false;
    var start = function () {
      if (started) return;
      started = true;
      gestureEnds.forEach(function (t) { document.removeEventListener(t, start, true); });
      setTimeout(resolve, 0);
    };
    var seen = function (e) {
      intents.forEach(function (t) { document.removeEventListener(t, seen, true); });
      performance.mark("intent");
      if (e.type === "input" || e.type === "change") {
        start(); // a value has changed: no press is under way
        return;
      }
      gestureEnds.forEach(function (t) { document.addEventListener(t, start, { capture: true, passive: true }); });
      setTimeout(start, 600);
    };
    intents.forEach(function (t) { document.addEventListener(t, seen, { capture: true, passive: true }); });
  });

  // A button pressed before Go runs has no handler yet: the press is held
  // back and app.js presses the same button (by the id of its nearest
  // ancestor with one, and its index there) once it is live. Only the last
  // press counts, so impatient taps do not toggle a dialog twice. A button
  // that submits a form needs no Go: the browser sends the form.
  window.wattEarlyClick = null;
  document.addEventListener("click", function (e) {
    var root = document.documentElement;
    if (root.getAttribute("data-app") === "ready" || root.classList.contains("wasm-failed")) return;
    var b = e.target && e.target.closest && e.target.closest("button");
    var host = b && !(b.type === "submit" && b.form) && b.parentElement && b.parentElement.closest("[id]");
    if (!host || host.id === "lang-offer") return; // answered below, without Go
    e.preventDefault();
    e.stopPropagation();
    window.wattEarlyClick = {
      host: host.id,
      index: Array.prototype.indexOf.call(host.querySelectorAll("button"), b),
      text: b.textContent,
    };
  }, true);

  // The offer of the page in the other language (app/ui/lang-offer.go),
  // decided as Go decides it, for the time before Go starts: a reader who
  // prefers the other language should see it on arrival, not after a first
  // tap. The server's empty slot carries the offer's text and link; Go's
  // header, once ready, shows the same banner in its place. Choosing here
  // is saved as Go saves it (localStorage "watt-ledger": v, q, lang).
  var stateKey = "watt-ledger";
  var savedState = function () {
    try {
      var s = JSON.parse(localStorage.getItem(stateKey));
      if (s && s.v === 1 && (s.lang === undefined || s.lang === "en" || s.lang === "zh")) return s;
    } catch (e) {}
    return null;
  };
  var saveLang = function (lang) {
    var s = savedState() || { v: 1, q: "" };
    s.lang = lang;
    try { localStorage.setItem(stateKey, JSON.stringify(s)); } catch (e) {}
  };
  var short = function (lang) { return /^(zh|ZH)/.test(lang || "") ? "zh" : "en"; };
  document.addEventListener("DOMContentLoaded", function () {
    var slot = document.querySelector(".lang-offer-slot[data-offer-href]");
    if (!slot || slot.firstChild) return;
    var page = slot.getAttribute("data-page-lang"), other = slot.getAttribute("data-offer-lang");
    var saved = (savedState() || {}).lang;
    var preferred = saved || (navigator.languages && navigator.languages[0]) || navigator.language;
    if (short(preferred) === page) return;
    var bar = document.createElement("div"), link = document.createElement("a"), dismiss = document.createElement("button");
    bar.id = "lang-offer";
    bar.className = "banner";
    bar.lang = other;
    link.href = slot.getAttribute("data-offer-href");
    link.hreflang = other;
    link.textContent = slot.getAttribute("data-offer-text");
    link.addEventListener("click", function () { saveLang(short(other)); });
    dismiss.type = "button";
    dismiss.className = "dismiss";
    dismiss.setAttribute("aria-label", slot.getAttribute("data-offer-dismiss"));
    dismiss.textContent = "\u00d7";
    dismiss.addEventListener("click", function () {
      saveLang(page);
      slot.textContent = "";
    });
    bar.append(link, dismiss);
    slot.append(bar);
  });

  // An embedded widget (/embed/) tells embed.js on the host page its
  // height whenever it changes, from its first layout: Go may never start
  // in a widget nobody touches. Not while web/guard.js hides numbers that
  // are not the link's (html.pending): the widget's own layout comes once
  // they are computed. A height is no secret, so targetOrigin "*" is fine;
  // embed.js checks who sent it.
  if (window.parent !== window && window.ResizeObserver && /\/embed\/?$/.test(location.pathname)) {
    var root = document.documentElement, lastHeight = -1;
    var report = function () {
      if (root.classList.contains("pending")) return;
      var h = Math.ceil(root.getBoundingClientRect().height);
      if (h !== lastHeight) {
        lastHeight = h;
        window.parent.postMessage({ type: "watt-ledger:resize", height: h }, "*");
      }
    };
    new ResizeObserver(report).observe(root);
    new MutationObserver(report).observe(root, { attributes: true, attributeFilter: ["class"] });
  }

  var me = document.currentScript;
  var url = me && me.getAttribute("data-wasm");
  var goURL = me && me.getAttribute("data-wasm-exec");
  if (!url || !WebAssembly.compileStreaming || window.wattLoaderStarted) return;
  // The same conditions as go-app's loader: no WebAssembly for crawlers or
  // with ?wasm=false.
  if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) return;
  if (new URLSearchParams(location.search).get("wasm") === "false") return;
  var compiled = inWorker(new URL(url, location.href).href, goURL && new URL(goURL, location.href).href).catch(function () {
    return WebAssembly.compileStreaming(fetch(url));
  });
  // The bench (tools/bench) splits a cold load at this mark.
  compiled.then(function () { performance.mark("wasm-compiled"); }, function () {});
  window.wattWasmModule = compiled;

  // inWorker runs compileIn in a worker made from its own source: a
  // separate script file would cost the worker a request before it could
  // start the download. The worker answers with the module as soon as it
  // is compiled, then warms it (below) and says when it is done.
  function inWorker(url, goURL) {
    return new Promise(function (resolve, reject) {
      var src = "(" + compileIn.toString() + ")(" + JSON.stringify(url) + ", " + JSON.stringify(goURL) + ", " +
        JSON.stringify(location.pathname + location.search) + ");";
      var script = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
      var w = new Worker(script), timer = 0;
      var done = function () {
        clearTimeout(timer);
        w.terminate();
        URL.revokeObjectURL(script);
      };
      w.onmessage = function (e) {
        var m = e.data || {};
        if ("warmed" in m) {
          performance.mark("wasm-warmed", { detail: m });
          done();
          return;
        }
        if (!(m.module instanceof WebAssembly.Module)) {
          done();
          reject(new Error(m.error || "no module"));
          return;
        }
        if (m.timing) {
          window.wattWasmTiming = m.timing;
        }
        timer = setTimeout(done, 30000); // a warm-up that never ends
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
  // Then it warms the module: V8 compiles a WebAssembly function the first
  // time it is called, on the thread that calls it, and the code belongs
  // to the module, which the page shares. Running Go's start and the first
  // input's code here (main's "-warm-up", app/ui/warm-up.go) compiles them
  // off the main thread, which on a phone would otherwise spend most of
  // Go's start compiling. The page does not wait for it: a Go started
  // meanwhile compiles what the worker has not reached yet, as it would
  // without it. Its answer: {warmed: milliseconds, or -1 and an error}.
  function compileIn(url, goURL, link) {
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
        warm(module);
      },
      function (err) { postMessage({ error: String(err) }); }
    );
    function warm(module) {
      var t0 = performance.now();
      var failed = function (err) { postMessage({ warmed: -1, error: String(err) }); };
      try {
        importScripts(goURL);
        var go = new Go(), exitCode = -1;
        go.argv = ["app.wasm", "-warm-up", link];
        go.exit = function (code) { exitCode = code; }; // a panic ends the run too, with code 2
        // The DOM calls main makes before go-app builds the page find no
        // elements here (app/main_wasm.go, warmUp).
        self.document = { getElementById: function () { return null; }, querySelector: function () { return null; } };
        WebAssembly.instantiate(module, go.importObject).then(function (instance) {
          return go.run(instance);
        }).then(function () {
          if (exitCode !== 0) throw new Error("Go exited with code " + exitCode);
          postMessage({ warmed: performance.now() - t0 });
        }).catch(failed);
      } catch (err) {
        failed(err);
      }
    }
  }
})();
