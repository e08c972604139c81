// Watt Ledger (app/site/goapp-workarounds.go): instantiate the module web/boot.js started
// compiling during the page's parse; fetch and compile here otherwise.
async function wattInstantiate(instantiateStreaming, fetchWasm, importObject) {
  window.wattLoaderStarted = true; // a late boot.js must not compile a second copy
  performance.mark("loader-started"); // for the bench's split of a cold load
  if (window.wattWasmModule) {
    try {
      const module = await window.wattWasmModule;
      return { module: module, instance: await WebAssembly.instantiate(module, importObject) };
    } catch (err) {
      console.warn("app.wasm: early compilation failed, fetching again: ", err);
    }
  }
  return instantiateStreaming(fetchWasm(), importObject);
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
