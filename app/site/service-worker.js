// Watt Ledger's service worker, a template filled in by go-app's handler.
// It replaces go-app's default worker for two reasons: pages are looked up
// without their query string (a share link's ?preset=… must open offline
// from the cached page, which the WebAssembly then computes), and paths
// without a trailing slash find the page cached with one. A third: it
// never installs with a WebAssembly module that does not validate (an
// empty or cut-off app.wasm), so a broken deploy or download cannot be
// kept for offline use; the previous worker and its cache stay.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache).then(() => checkModules(cache)))
      .then(() => self.skipWaiting())
  );
});

// checkModules fails (and with it the install, whose cache is then
// deleted) if a cached .wasm is not a valid module.
async function checkModules(cache) {
  for (const url of resourcesToCache) {
    if (!url.endsWith(".wasm")) {
      continue;
    }
    const response = await cache.match(url);
    const bytes = response ? await response.arrayBuffer() : new ArrayBuffer(0);
    if (!WebAssembly.validate(bytes)) {
      await caches.delete(cacheName);
      throw new Error(url + " is not a valid WebAssembly module");
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(fromCache(event.request));
});

async function fromCache(request) {
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    const url = new URL(request.url);
    let page = await cache.match(url.origin + url.pathname, { ignoreSearch: true });
    if (!page && !url.pathname.endsWith("/")) {
      page = await cache.match(url.origin + url.pathname + "/", { ignoreSearch: true });
    }
    if (page) {
      return page;
    }
  }
  const cached = await cache.match(request);
  return cached || fetch(request);
}
