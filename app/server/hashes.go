//go:build !wasm

package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"slices"
)

var (
	scriptOpen = regexp.MustCompile(`(?is)<script\b([^>]*)>`)
	scriptSrc  = regexp.MustCompile(`(?i)\ssrc\s*=`)
)

// InlineScriptHashes returns the sorted "sha256-<base64>" hashes of the
// inline <script> elements of an HTML page (those without src). Scripts
// with a src are covered by 'self'.
func InlineScriptHashes(page []byte) []string {
	var out []string
	for _, m := range scriptOpen.FindAllSubmatchIndex(page, -1) {
		if scriptSrc.Match(page[m[2]:m[3]]) {
			continue
		}
		body := page[m[1]:]
		end := bytes.Index(bytes.ToLower(body), []byte("</script"))
		if end < 0 {
			continue
		}
		sum := sha256.Sum256(body[:end])
		out = append(out, "sha256-"+base64.StdEncoding.EncodeToString(sum[:]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}
