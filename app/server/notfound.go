//go:build !wasm

package server

import (
	"net/http"
	"strconv"
)

// notFoundPage is deliberately plain: no script, no inline style, so it
// renders under the strictest policy and needs no go-app.
const notFoundPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found · 页面不存在</title>
</head>
<body>
<main>
<h1>Page not found</h1>
<p>There is nothing at this address. <a href="/">Go to Watt Ledger</a>.</p>
<h1 lang="zh-Hans">页面不存在</h1>
<p lang="zh-Hans">此地址没有内容。<a href="/zh/">前往瓦特账本</a>。</p>
</main>
</body>
</html>
`

// notFound writes the bilingual 404 page.
func notFound(w http.ResponseWriter) {
	h := w.Header()
	for _, k := range []string{"Etag", "Last-Modified", "Content-Encoding", "Vary"} {
		h.Del(k)
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(notFoundPage)))
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusNotFound)
	w.Write([]byte(notFoundPage))
}

// notFoundWriter replaces the pages handler's own 404 (go-app answers an
// unrouted path with http.NotFound's plain "404 page not found") with ours.
type notFoundWriter struct {
	http.ResponseWriter
	replaced bool
}

func (w *notFoundWriter) WriteHeader(code int) {
	if code == http.StatusNotFound && !w.replaced {
		w.replaced = true
		notFound(w.ResponseWriter)
		return
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundWriter) Write(b []byte) (int, error) {
	if w.replaced {
		return len(b), nil // drop the inner handler's 404 body
	}
	return w.ResponseWriter.Write(b)
}

func (w *notFoundWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
