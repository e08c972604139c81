//go:build !wasm

package dom

import "net/url"

// URL is nil on the host: pages read the request's URL from go-app's
// context in OnPreRender instead.
func URL() *url.URL { return nil }

// FirstLoad is false on the host, which always writes the page's head.
func FirstLoad(path string) bool { return false }

// ReplaceQuery does nothing on the host: there is no address bar.
func ReplaceQuery(query string) {}

// Origin is empty on the host: links are built from the site's root.
func Origin() string { return "" }

// PreferredLanguage is unknown on the host.
func PreferredLanguage() string { return "" }

// WorkerControlled is false on the host.
func WorkerControlled() bool { return false }

// StoredItem finds nothing on the host, which has no visitor's storage.
func StoredItem(key string) (value string, ok bool) { return "", false }
