// Injected into every document before its scripts (Page.addScriptToEvaluateOnNewDocument).
// window.__bench.done resolves when the page is ready: <html data-app="ready">
// and, when WANT_ENERGY, #energy[data-kwh]. Times are performance.now(),
// whose origin is the navigation's start.
(() => {
  if (window.__bench) return;
  const WANT_ENERGY = __WANT_ENERGY__;
  const TAP = __TAP__;
  const b = { t: {}, pre: null, final: null, how: "" };
  Object.defineProperty(window, "__bench", { value: b });
  let done;
  b.done = new Promise((resolve) => { done = resolve; });

  const energy = () => document.getElementById("energy");
  const isReady = () => {
    const root = document.documentElement;
    if (!root || root.getAttribute("data-app") !== "ready") return false;
    if (!WANT_ENERGY) return true;
    const e = energy();
    return !!(e && e.getAttribute("data-kwh"));
  };
  const finish = (how) => {
    if (b.t.ready !== undefined) return;
    b.t.ready = performance.now();
    b.how = how;
    const e = energy();
    if (e) {
      const v = e.querySelector(".value");
      b.final = { kwh: e.getAttribute("data-kwh"), text: v ? v.textContent : "" };
    }
    b.controlled = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
    done();
  };

  // When the WebAssembly module is compiled and instantiated (go-app's
  // app.js calls instantiateStreaming; the response streams in meanwhile).
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = function (...args) {
      const p = f.apply(this, args);
      p.then(() => { if (b.t.instantiated === undefined) b.t.instantiated = performance.now(); }, () => {});
      return p;
    };
  }

  // The moment the app sets data-app="ready" (dom.MarkReady calls setAttribute).
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    const r = setAttribute.call(this, name, value);
    if (name === "data-app" && this === document.documentElement && isReady()) finish("setAttribute");
    return r;
  };

  // #energy gets elementtiming as soon as the parser inserts it, before its
  // first paint, so the Element Timing API reports when its text was painted.
  // A rAF loop also records the first frame in which #energy's number is
  // in the DOM: that frame paints it (Element Timing may not report text).
  let tagged = false;
  const frame = (ts) => {
    const e = energy();
    const v = e && e.querySelector(".value");
    if (v && v.textContent && !document.documentElement.classList.contains("pending")) {
      b.t.energyFrame = performance.now();
      return;
    }
    if (b.t.ready === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(() => {
    const e = energy();
    const v = e && e.querySelector(".value");
    if (v && !tagged) {
      tagged = true;
      setAttribute.call(e, "elementtiming", "energy");
      setAttribute.call(v, "elementtiming", "energy");
    }
    if (isReady()) finish("mutation");
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-app", "data-kwh"] });

  // What the server prerendered, read once parsing is done (before the
  // WebAssembly, which is still downloading, can change it).
  document.addEventListener("DOMContentLoaded", () => {
    const e = energy();
    const root = document.documentElement;
    b.pre = {
      t: performance.now(),
      kwh: e ? e.getAttribute("data-kwh") : null,
      text: e && e.querySelector(".value") ? e.querySelector(".value").textContent : "",
      pending: root.classList.contains("pending"),
      ready: root.getAttribute("data-app") === "ready",
    };
    // Go starts at a visitor's first touch (app/site/boot.js), once its
    // gesture ends: the bench times a visitor who taps the page as soon
    // as it is parsed (unless the visitor's first touch is the first
    // input's, first-input.js).
    if (TAP) {
      root.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
      root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.t[e.name] = e.startTime;
    }).observe({ type: "paint", buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === "energy" && b.t.energyPaint === undefined) b.t.energyPaint = e.renderTime || e.loadTime;
      }
    }).observe({ type: "element", buffered: true });
  } catch (e) {}

  // summary: the times, the prerendered and final numbers, and the bytes
  // the browser counted (transferSize: headers and encoded body; 0 for a
  // response from the service worker's cache).
  b.summary = () => {
    const nav = performance.getEntriesByType("navigation")[0];
    // go-main: the app's (and the floor's) main function started, after
    // the Go runtime and every package's init.
    for (const m of performance.getEntriesByType("mark")) b.t[m.name] = m.startTime;
    const out = {
      t: b.t, how: b.how, pre: b.pre, final: b.final, controlled: !!b.controlled,
      total: 0, count: 0, wasm: null, nav: null, resources: [],
    };
    if (nav) {
      out.nav = { ttfb: nav.responseStart, interactive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, transfer: nav.transferSize, worker: nav.workerStart > 0 };
      out.total += nav.transferSize;
      out.count++;
    }
    for (const r of performance.getEntriesByType("resource")) {
      out.total += r.transferSize;
      out.count++;
      out.resources.push({ name: r.name, transfer: r.transferSize, encoded: r.encodedBodySize });
      if (/\/app\.wasm(\?|$)/.test(r.name)) {
        out.wasm = { start: r.startTime, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize, worker: r.workerStart > 0 };
      }
    }
    // The app's web/boot.js downloads app.wasm in a worker, whose requests
    // the page's timeline does not list; the worker passes its entry on.
    const w = window.wattWasmTiming;
    if (!out.wasm && w) {
      out.wasm = { start: w.startTime - performance.timeOrigin, end: w.responseEnd - performance.timeOrigin, transfer: w.transferSize, encoded: w.encodedBodySize, decoded: w.decodedBodySize, worker: w.serviceWorker };
      out.total += w.transferSize;
      out.count++;
      out.resources.push({ name: "app.wasm (worker)", transfer: w.transferSize, encoded: w.encodedBodySize });
    }
    return out;
  };
})();
