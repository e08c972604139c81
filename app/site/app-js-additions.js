// Watt Ledger (app/site/goapp-workarounds.go): instantiate the module web/boot.js started
// compiling during the page's parse (fetch and compile here otherwise,
// at once, so that a broken module is reported without waiting), once the
// page wants Go to start (wattStartWanted). go-app runs Go when this
// returns.
async function wattInstantiate(instantiateStreaming, fetchWasm, importObject) {
  window.wattLoaderStarted = true; // a late boot.js must not compile a second copy
  performance.mark("loader-started"); // for the bench's split of a cold load
  let module = null;
  if (window.wattWasmModule) {
    try {
      module = await window.wattWasmModule;
    } catch (err) {
      console.warn("app.wasm: early compilation failed, fetching again: ", err);
    }
  }
  const compiled = module ? null : await instantiateStreaming(fetchWasm(), importObject);
  await wattStartWanted();
  wattWhenReady(wattReplayEarlyClick);
  return compiled || { module: module, instance: await WebAssembly.instantiate(module, importObject) };
}

// Watt Ledger (app/site/goapp-workarounds.go): resolves when Go should
// start: at once when the prerendered numbers are not the page's answer
// (web/guard.js marked html.pending: a share link served as another
// page, or saved inputs), else at the visitor's first touch, click, key
// or focus (boot.js's wattIntent). Until then the loading pill is hidden:
// nothing is loading that the visitor waits for.
function wattStartWanted() {
  const root = document.documentElement;
  if (!window.wattIntent || root.classList.contains("pending")) {
    return Promise.resolve();
  }
  root.classList.add("wasm-waiting");
  return window.wattIntent.then(() => root.classList.remove("wasm-waiting"));
}

// Watt Ledger (app/site/goapp-workarounds.go): press the button boot.js
// held back (wattEarlyClick) once the same button is live: the server's
// copy of a component with buttons stays for a moment after ready
// (data-server-copy, app/ui/dom's PlaceUntilReady) and its buttons have no
// handlers. Given up after three seconds, and when the button is gone or
// shows other text.
function wattReplayEarlyClick() {
  const press = window.wattEarlyClick;
  window.wattEarlyClick = null;
  if (!press) {
    return;
  }
  const deadline = performance.now() + 3000;
  const attempt = () => {
    const host = document.getElementById(press.host);
    const button = host && host.querySelectorAll("button")[press.index];
    if (button && button.textContent === press.text && !button.closest("[data-server-copy]")) {
      button.click();
    } else if (performance.now() < deadline) {
      requestAnimationFrame(attempt);
    }
  };
  attempt();
}

// Watt Ledger (app/site/goapp-workarounds.go): register the service
// worker (f) once the page is ready, or once it has loaded, app.wasm has
// arrived and the main thread is idle, whichever comes first: a visitor
// who only reads never starts Go, and the page must still work offline
// next time. Registering earlier would download app.wasm a second time
// while the first download is under way.
function wattRegisterWorkerSoon(f) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      f();
    }
  };
  wattWhenReady(once);
  const idle = () => {
    if (window.requestIdleCallback) {
      requestIdleCallback(once, { timeout: 5000 });
    } else {
      setTimeout(once, 1000);
    }
  };
  const loaded = () => Promise.resolve(window.wattWasmModule).catch(() => null).then(idle);
  if (document.readyState === "complete") {
    loaded();
  } else {
    window.addEventListener("load", loaded, { once: true });
  }
}

// Watt Ledger (app/site/goapp-workarounds.go): run f once the app is ready.
function wattWhenReady(f) {
  const root = document.documentElement;
  if (root.getAttribute("data-app") === "ready") {
    f();
    return;
  }
  const watch = new MutationObserver(() => {
    if (root.getAttribute("data-app") === "ready") {
      watch.disconnect();
      f();
    }
  });
  watch.observe(root, { attributes: true, attributeFilter: ["data-app"] });
}

// Watt Ledger (app/site/goapp-workarounds.go, 7): the module could not
// start. The prerendered numbers stay; the pill says so in the page's
// language and offers a reload, and the form, which nothing would answer,
// is marked (html.wasm-failed) so it does not look live.
function wattLoadFailed(label, err) {
  console.error("app.wasm could not start: ", err);
  document.documentElement.classList.add("wasm-failed");
  label.textContent = label.getAttribute("data-failed") || String(err);
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "reload";
  reload.textContent = label.getAttribute("data-reload") || "Reload";
  reload.addEventListener("click", () => location.reload());
  label.after(reload);
}
