//go:build !wasm

package server

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCleanPath(t *testing.T) {
	ok := []string{"/", "/zh/", "/zh", "/web/app.wasm", "/web/fonts/a.woff2", "/methodology/", "/web/a..b.css"}
	bad := []string{"", "web/x", "/web/../go.mod", "/web/./x", "/web/.env", "//etc/passwd", "/web//x",
		"/web/a\\b", "/web/a\x00", "/web/%2e%2e/x", "/web/\x7f", "/web/\xff", "/..", "/.", "/" + strings.Repeat("a", maxPath)}
	for _, p := range ok {
		if got, good := cleanPath(p); !good || got != p {
			t.Errorf("%q refused", p)
		}
	}
	for _, p := range bad {
		if _, good := cleanPath(p); good {
			t.Errorf("%q accepted", p)
		}
	}
}

// FuzzPath: whatever the input, the sanitiser does not panic, and an
// accepted path names a file under web/ (when it is a /web/ path) and has no
// segment a file system could read as a step up. Seeds in testdata/fuzz.
func FuzzPath(f *testing.F) {
	for _, s := range []string{"/", "/web/app.wasm", "/web/../go.mod", "//etc/passwd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		got, ok := cleanPath(p)
		if !ok {
			return
		}
		if got != p || !strings.HasPrefix(got, "/") || strings.ContainsAny(got, "\\\x00%") {
			t.Fatalf("accepted %q as %q", p, got)
		}
		for _, seg := range strings.Split(got, "/") {
			if seg == "." || seg == ".." {
				t.Fatalf("accepted dot segment in %q", p)
			}
		}
		if rel, isWeb := strings.CutPrefix(got, "/web/"); isWeb && rel != "" {
			rel = strings.TrimSuffix(rel, "/")
			if !filepath.IsLocal(rel) {
				t.Fatalf("%q escapes web/ as %q", p, rel)
			}
			if j := filepath.Join("/srv/web", rel); !strings.HasPrefix(j, "/srv/web/") {
				t.Fatalf("%q joins to %q", p, j)
			}
		}
	})
}
