/*
 * Watt Ledger embed loader, served at /embed.js. No dependencies.
 *
 * Put this where the widget should appear:
 *
 *   <div data-watt-ledger="?preset=gpt-3&amp;region=CHN"
 *        data-lang="zh" data-view="chart-sources" data-theme="dark"
 *        data-controls="0"></div>
 *   <script async src="https://WATT-LEDGER-HOST/embed.js"></script>
 *
 * data-watt-ledger  the calculator's query (see the URL contract in the
 *                   README); only contract parameters are passed on
 * data-lang         "en" (default) or "zh"
 * data-view         result (default), sources, chart-sources, chart-growth,
 *                   chart-scale, chart-co2, or power (the power planner's
 *                   results, from mw, hw, n, pue, lf, region, campus)
 * data-theme        auto (default), light or dark
 * data-controls     "1" (default) shows the inputs, "0" hides them
 *
 * Each element becomes a lazily loaded iframe of the embed page on the
 * origin this script came from. The widget reports its height with
 * postMessage({type: "watt-ledger:resize", height}); a message is obeyed
 * only when it comes from that origin and from that very iframe, and the
 * height is clamped. Elements added later, or whose data attributes
 * changed, are (re)built by calling window.WattLedger.init().
 *
 * Without JavaScript, or where scripts are not allowed, paste a plain
 * iframe instead (fixed height):
 *
 *   <iframe src="https://WATT-LEDGER-HOST/embed/?preset=gpt-3" title="Watt Ledger"
 *           loading="lazy" width="100%" height="560" style="border:0"></iframe>
 */
(function () {
  "use strict";
  // The host page is not ours: an element with a name or id can shadow
  // document.currentScript, document.querySelectorAll or window.WattLedger
  // (named access; <img name="currentScript"> is enough). Everything this
  // script reads from document or window it takes from the prototypes,
  // and its own global is an own property of window, which no element
  // shadows.
  var doc = document;
  var D = Document.prototype;
  var N = Node.prototype;
  function all(selector) { return D.querySelectorAll.call(doc, selector); }
  function docGet(name) { return Object.getOwnPropertyDescriptor(D, name).get.call(doc); }
  function listen(target, type, f) { EventTarget.prototype.addEventListener.call(target, type, f); }

  var existing = Object.prototype.hasOwnProperty.call(window, "WattLedger") &&
    Object.getOwnPropertyDescriptor(window, "WattLedger").value;
  if (existing && typeof existing.init === "function") {
    existing.init();
    return;
  }

  // This very script: document.currentScript while it runs, else (async
  // in an old browser) the last script element loading an embed.js.
  var script = docGet("currentScript");
  if (!(script instanceof HTMLScriptElement)) {
    var scripts = all('script[src$="/embed.js"]');
    script = scripts[scripts.length - 1];
  }
  if (!(script instanceof HTMLScriptElement)) return;
  // The site's base URL, sub-path included: https://host/watt-ledger/
  var base = new URL(".", Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, "src").get.call(script));
  var origin = base.origin;

  var CONTRACT = ["preset", "method", "hw", "n", "hours", "gpuh", "w", "pue",
    "flops", "params", "tokens", "mfu", "region", "ci", "qwh", "qpd", "days", "dv", "facility", "grid",
    "mw", "lf", "campus"];
  var VIEWS = ["result", "sources", "chart-sources", "chart-growth", "chart-scale", "chart-co2", "power"];
  var THEMES = ["auto", "light", "dark"];
  var TITLES = {
    en: "Watt Ledger: how much electricity AI uses",
    zh: "瓦特账本：人工智能用了多少电"
  };
  var MIN_HEIGHT = 120, MAX_HEIGHT = 4000, MAX_VALUE = 64;

  function oneOf(v, list) { return list.indexOf(v) >= 0 ? v : ""; }

  // initialHeight guesses the height before the widget reports its own.
  function initialHeight(view, controls) {
    var h = view === "sources" ? 520 : view.indexOf("chart-") === 0 ? 640 : 560;
    return controls ? h + 900 : h;
  }

  // widgetURL builds the embed page's URL from an element's attributes:
  // allow-listed parameters only, each encoded by URLSearchParams.
  function widgetURL(el) {
    var given = new URLSearchParams((el.getAttribute("data-watt-ledger") || "").replace(/^\?/, ""));
    var q = new URLSearchParams();
    CONTRACT.forEach(function (k) {
      var v = given.get(k);
      if (v !== null && v !== "") q.set(k, v.slice(0, MAX_VALUE));
    });
    var view = oneOf(el.getAttribute("data-view") || given.get("view") || "", VIEWS);
    var theme = oneOf(el.getAttribute("data-theme") || given.get("theme") || "", THEMES);
    var controls = el.getAttribute("data-controls") || given.get("controls") || "";
    if (view && view !== "result") q.set("view", view);
    if (theme && theme !== "auto") q.set("theme", theme);
    if (controls === "0") q.set("controls", "0");
    var zh = /^zh/i.test(el.getAttribute("data-lang") || "");
    var url = new URL((zh ? "zh/" : "") + "embed/", base);
    url.search = q.toString();
    return {
      src: url.href,
      lang: zh ? "zh" : "en",
      height: initialHeight(view || "result", controls !== "0")
    };
  }

  var frames = [];

  function build(el) {
    var w = widgetURL(el);
    var old = el.querySelector("iframe[data-watt-ledger-frame]");
    if (old && old.getAttribute("src") === w.src) return;
    var frame = D.createElement.call(doc, "iframe");
    frame.setAttribute("data-watt-ledger-frame", "");
    frame.setAttribute("src", w.src);
    frame.setAttribute("title", TITLES[w.lang]);
    frame.setAttribute("lang", w.lang === "zh" ? "zh-Hans" : "en");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.style.cssText = "display:block;width:100%;max-width:720px;border:0;overflow:hidden;" +
      "height:" + w.height + "px";
    if (old) {
      old.parentNode.replaceChild(frame, old);
      frames = frames.filter(function (f) { return f !== old; });
    } else {
      el.appendChild(frame);
    }
    frames.push(frame);
  }

  function init() {
    var els = all("[data-watt-ledger]");
    for (var i = 0; i < els.length; i++) build(els[i]);
    frames = frames.filter(function (f) { return N.contains.call(doc, f); });
  }

  listen(window, "message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "watt-ledger:resize") return;
    var h = Number(d.height);
    if (!isFinite(h)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        h = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
        frames[i].style.height = h + "px";
        return;
      }
    }
  });

  Object.defineProperty(window, "WattLedger", {
    value: Object.freeze({ init: init, origin: origin }),
    configurable: true
  });
  if (docGet("readyState") === "loading") {
    listen(doc, "DOMContentLoaded", init);
  } else {
    init();
  }
})();
