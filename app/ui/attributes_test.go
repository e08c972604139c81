//go:build !js

package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestAttributesSkipFmt keeps go-app's Aria and DataSet out of the app:
// both format their value with fmt.Sprintf("%v"), once per element and
// render. In the browser that made fmt's printer hot enough, on the first
// render, for V8 to recompile it with its optimising tier while the page
// was still loading. Attr("aria-…", s) and Attr("data-…", s) set the same
// attributes from a string.
func TestAttributesSkipFmt(t *testing.T) {
	// The components are this package's files and its subpackages'.
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"form", "dom"} {
		more, err := filepath.Glob(filepath.Join(sub, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	helper := regexp.MustCompile(`\b(Aria|DataSet)\(`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := helper.Find(src); m != nil && filepath.Base(f) != "attributes_test.go" {
			t.Errorf("%s uses %s: use Attr with the attribute's full name", f, m)
		}
	}
}
