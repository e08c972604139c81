//go:build !wasm

package server

import (
	"strings"
	"unicode/utf8"
)

// maxPath bounds what the sanitiser looks at; no Watt Ledger URL comes close.
const maxPath = 1024

// cleanPath decides whether a request path may be routed. p is r.URL.Path,
// which net/http has percent-decoded once and has NOT cleaned (only ServeMux
// cleans). Rather than cleaning a hostile path into a harmless one, anything
// unusual is refused, so there is no second interpretation to get wrong:
//
//   - a '%' left after one decoding means double encoding (%252e);
//   - '\\', NUL and control bytes have no place in our URLs;
//   - an empty segment ("//etc/passwd", "/web//x") is refused, except the
//     trailing slash of "/zh/";
//   - any segment starting with '.' is refused: ".", "..", and dotfiles.
//
// Encoded separators and dots ("%2e%2e", "..%2f") are decoded by net/http
// before we look, so they hit the same checks.
func cleanPath(p string) (string, bool) {
	if p == "" || len(p) > maxPath || p[0] != '/' || !utf8.ValidString(p) {
		return "", false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '\\' || c == '%' {
			return "", false
		}
	}
	segs := strings.Split(p[1:], "/")
	for i, s := range segs {
		if s == "" && i < len(segs)-1 || s != "" && s[0] == '.' {
			return "", false
		}
	}
	return p, true
}
