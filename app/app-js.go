//go:build !wasm

package main

import (
	"fmt"
	"net/http"
	"regexp"
)

// go-app's loader script (/app.js) does three things that slow down the
// first visit of a page that is already readable before the WebAssembly
// runs, and withAppJS rewrites them:
//
//   - It reads app.wasm through a JavaScript stream to show a percentage,
//     and writes the percentage into the page for every chunk (10 MB are
//     a hundred chunks, each a script turn and a style recalculation on
//     the main thread that is also compiling the wasm). The page shows a
//     spinner instead, and the browser streams the response straight into
//     the compiler.
//   - It fetches app.wasm only when it runs, after the whole page has been
//     parsed. web/boot.js starts the download and the compilation from
//     <head>, and app.js instantiates that module.
//   - It registers the service worker at once, whose install downloads
//     app.wasm a second time and prerenders every page on the server while
//     the first one is still starting. The worker now registers once the
//     page is ready (<html data-app="ready">), the usual advice for
//     service workers.
//
// Each rewrite must match go-app's script exactly once; patchAppJS fails
// otherwise, and a test runs it on the script of the go-app version in
// go.mod.
var appJSPatches = []struct {
	name string
	old  *regexp.Regexp
	new  string
}{
	{"fetch app.wasm without the progress stream, and only if boot.js has not", regexp.MustCompile(`fetchWithProgress\(("[^"]+"), showProgress\)`), `() => fetch($1)`},
	{"take the module web/boot.js compiled", regexp.MustCompile(`await instantiateStreaming\(`), `await wattInstantiate(instantiateStreaming, `},
	{"no percentage", regexp.MustCompile(`\n\s*showProgress\(0\);`), ``},
	{"register the service worker when the page is ready", regexp.MustCompile(`\ngoappInitServiceWorker\(\);`), "\nwattWhenReady(goappInitServiceWorker);"},
}

// addedJS holds the functions the patches call.
const addedJS = `
// Watt Ledger (app/app-js.go): instantiate the module web/boot.js started
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

// Watt Ledger (app/app-js.go): run f once the app is ready.
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
`

// patchAppJS applies appJSPatches to go-app's app.js.
func patchAppJS(js []byte) ([]byte, error) {
	for _, p := range appJSPatches {
		if n := len(p.old.FindAllIndex(js, -1)); n != 1 {
			return nil, fmt.Errorf("app.js: %s: %d matches of %s, want 1 (has go-app's loader changed?)", p.name, n, p.old)
		}
		js = p.old.ReplaceAll(js, []byte(p.new))
	}
	return append(js, addedJS...), nil
}

// withAppJS serves go-app's /app.js patched (see appJSPatches).
func withAppJS(h http.Handler) http.Handler { return withRewritten(h, "/app.js", patchAppJS) }
