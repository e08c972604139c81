//go:build !wasm

package dom

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// AttributeText makes text from outside (a URL parameter) safe to give
// go-app as an attribute value when the server prerenders a page.
//
// go-app v10.1.11 writes attribute values with strconv.Quote (node.go,
// encodeHTMLAttribute), which escapes a double quote as \" and a backslash
// as \\. HTML has no backslash escape: the quote ends the attribute, and
// whatever follows becomes markup (?n="><meta http-equiv=refresh …> sent a
// first visit elsewhere). Every character that Quote would rewrite, and
// every character with a meaning in HTML, is written here as a numeric
// character reference, which Quote passes through untouched and the HTML
// parser turns back into the same text. It can go when go-app escapes
// attribute values as HTML (TestHostileParametersStayInTheirNodes tells).
func AttributeText(s string) string {
	if safeForQuote(s) {
		return s
	}
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		if r == utf8.RuneError && n == 1 || !strconv.IsPrint(r) {
			// Invalid bytes, and control characters, which a reference
			// cannot carry (HTML reads &#x9e; as "ž"), and which no
			// number has: the field shows the replacement character.
			b.WriteString("&#xFFFD;")
			continue
		}
		if needsReference(r) {
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// safeForQuote reports whether strconv.Quote leaves s as it is and HTML
// reads it as text: the common case of a plain number.
func safeForQuote(s string) bool {
	for _, r := range s {
		if needsReference(r) {
			return false
		}
	}
	return utf8.ValidString(s)
}

func needsReference(r rune) bool {
	switch r {
	case '"', '\'', '&', '<', '>', '\\', '`', '=':
		return true
	}
	return !strconv.IsPrint(r)
}
