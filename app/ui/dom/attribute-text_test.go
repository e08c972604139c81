//go:build !wasm

package dom

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzAttributeText checks that what the server writes for a number
// field's text, quoted as go-app quotes it, is parsed back by HTML as the
// same text, with nothing that ends the attribute.
func FuzzAttributeText(f *testing.F) {
	// The seeds are shapes of hostile values (app/site's hostile-render
	// test renders whole pages with more); testdata holds what fuzzing found.
	for _, v := range []string{
		`"><meta http-equiv=refresh content="0;url=//elsewhere/">`,
		`'><b>x</b>`, `\"><b>x</b>\`, `&quot;><b>&amp;&lt;`,
		"\n\"\r\n<b>\t\x00", `“”„‘’«»＂＜b＞`, "10,000",
	} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := AttributeText(s)
		if q := strconv.Quote(out); q != `"`+out+`"` {
			t.Fatalf("strconv.Quote rewrites %q as %s", out, q)
		}
		if strings.ContainsAny(out, "\"<>'\\") {
			t.Fatalf("%q keeps a character with a meaning in HTML: %q", s, out)
		}
		// Each invalid byte and each control character reads as U+FFFD.
		want := strings.Map(func(r rune) rune {
			if !strconv.IsPrint(r) {
				return utf8.RuneError
			}
			return r
		}, string([]rune(s)))
		if got := html.UnescapeString(out); got != want {
			t.Fatalf("%q reads back as %q", s, got)
		}
	})
}
