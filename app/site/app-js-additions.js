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
