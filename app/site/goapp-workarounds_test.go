package site

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
)

// TestManifestHasNoSVGIcon checks the served manifest: valid JSON, the
// PNG icons of every size go-app lists, no SVG one (withManifest says why).
func TestManifestHasNoSVGIcon(t *testing.T) {
	ui.Register(ui.Site{})
	h := withManifest(newGoApp("test", app.LocalDir("")))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/manifest.webmanifest", nil))
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	var m struct {
		Name  string `json:"name"`
		Icons []struct {
			Src, Type, Sizes, Purpose string
		} `json:"icons"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatalf("manifest: %v\n%s", err, rec.Body.String())
	}
	if m.Name == "" {
		t.Error("the manifest lost its name")
	}
	sizes := map[string]bool{}
	for _, icon := range m.Icons {
		if icon.Type != "image/png" {
			t.Errorf("icon %s has type %q", icon.Src, icon.Type)
		}
		sizes[icon.Sizes+" "+icon.Purpose] = true
	}
	for _, want := range []string{"192x192 ", "512x512 ", "512x512 maskable"} {
		if !sizes[want] {
			t.Errorf("no %q icon in %v", want, m.Icons)
		}
	}
	if _, err := dropSVGIcons([]byte(`{"icons":[{"src":"/a.svg","type":"image/svg+xml"}]}`)); err == nil {
		t.Error("a manifest left without icons was accepted")
	}
}
