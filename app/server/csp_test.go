//go:build !wasm

package server

import (
	"slices"
	"strings"
	"testing"
)

func TestPolicyString(t *testing.T) {
	base := "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
		"img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; " +
		"manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
	if got := (Policy{}).String(); got != base+"; frame-ancestors 'none'" {
		t.Errorf("default:\n%s", got)
	}
	if got := (Policy{Embed: true}).String(); got != base+"; frame-ancestors *" {
		t.Errorf("embed:\n%s", got)
	}
	if got := (Policy{Meta: true, Embed: true}).String(); got != base {
		t.Errorf("meta must omit frame-ancestors:\n%s", got)
	}
	got := Policy{StyleAttributes: true, ScriptHashes: []string{"sha256-abc=", "'sha256-def='"}}.String()
	if !strings.Contains(got, "script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'sha256-def=';") ||
		!strings.Contains(got, "style-src 'self'; style-src-attr 'unsafe-inline';") {
		t.Errorf("hashes and styles:\n%s", got)
	}
}

func TestInlineScriptHashes(t *testing.T) {
	// The example from MDN's CSP script-src page.
	const hello = "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="
	page := `<html><head>
<script defer src="/wasm_exec.js"></script><SCRIPT SRC='/app.js'></SCRIPT>
<script>alert('Hello, world.');</script>
<script type="module">alert('Hello, world.');</SCRIPT>
<script data-src="x">alert('Hello, world.');</script>
</head></html>`
	if got := InlineScriptHashes([]byte(page)); !slices.Equal(got, []string{hello}) {
		t.Errorf("got %v", got)
	}
	if got := InlineScriptHashes([]byte(`<script src="/a.js"></script><script>unclosed`)); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}
