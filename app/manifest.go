//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

// withManifest serves go-app's web app manifest without its SVG icon.
// go-app lists the Handler's SVG icon whenever one is set (and a remote
// default when none is), and Chrome prefers an SVG icon of size "any" for
// the installability check it runs on every page load: it renders the SVG
// on the page's main thread just after the load event, which is when the
// WebAssembly arrives on a first visit. The PNG icons (192, 512 and the
// maskable 512) serve installs as well.
func withManifest(h http.Handler) http.Handler {
	var once sync.Once
	var manifest cachedPage
	var err error
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/manifest.webmanifest" {
			h.ServeHTTP(w, r)
			return
		}
		once.Do(func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/manifest.webmanifest", nil))
			if rec.Code != http.StatusOK {
				err = fmt.Errorf("manifest: go-app answered %d", rec.Code)
				return
			}
			manifest = cachedPage{status: http.StatusOK, header: rec.Header().Clone()}
			manifest.body, err = dropSVGIcons(bytes.Clone(rec.Body.Bytes()))
		})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		writePage(w, r, manifest)
	})
}

// dropSVGIcons removes the SVG entries from a manifest's icons and keeps
// every other field as it was.
func dropSVGIcons(manifest []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	icons, _ := m["icons"].([]any)
	var kept []any
	for _, icon := range icons {
		if fields, ok := icon.(map[string]any); ok && fields["type"] == "image/svg+xml" {
			continue
		}
		kept = append(kept, icon)
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("manifest: no icon left besides SVG ones")
	}
	m["icons"] = kept
	return json.Marshal(m)
}
