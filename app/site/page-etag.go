package site

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// contentETag is a strong ETag for a body the site rewrote. go-app's own
// ETag is its Version, a hash of web/: a page also depends on the server's
// code, which can change while web/ does not.
func contentETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
}

// etagMatches applies If-None-Match (RFC 9110, 13.1.2): a list of
// entity tags or "*", compared weakly, so W/"x" matches "x".
func etagMatches(ifNoneMatch []string, etag string) bool {
	if etag == "" {
		return false
	}
	etag = strings.TrimPrefix(etag, "W/")
	for _, line := range ifNoneMatch {
		for _, tag := range strings.Split(line, ",") {
			tag = strings.TrimSpace(tag)
			if tag == "*" || strings.TrimPrefix(tag, "W/") == etag {
				return true
			}
		}
	}
	return false
}
