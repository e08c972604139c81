//go:build !wasm

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// withManifest serves go-app's web app manifest without its SVG icon.
// go-app lists the Handler's SVG icon whenever one is set (and a remote
// default when none is), and Chrome prefers an SVG icon of size "any" for
// the installability check it runs on every page load: it renders the SVG
// on the page's main thread just after the load event, which is when the
// WebAssembly arrives on a first visit. The PNG icons (192, 512 and the
// maskable 512) serve installs as well.
func withManifest(h http.Handler) http.Handler {
	return withRewritten(h, "/manifest.webmanifest", dropSVGIcons)
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
