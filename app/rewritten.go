//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

// withRewritten serves go-app's resource at path as rewrite changes it.
// go-app's resources depend only on the handler's settings, so each is
// rewritten once; a rewrite that fails answers 500 rather than serving
// go-app's original.
func withRewritten(h http.Handler, path string, rewrite func([]byte) ([]byte, error)) http.Handler {
	var once sync.Once
	var resource cachedPage
	var err error
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			h.ServeHTTP(w, r)
			return
		}
		once.Do(func() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			if rec.Code != http.StatusOK {
				err = fmt.Errorf("%s: go-app answered %d", path, rec.Code)
				return
			}
			resource = cachedPage{status: http.StatusOK, header: rec.Header().Clone()}
			resource.body, err = rewrite(bytes.Clone(rec.Body.Bytes()))
			resource.header.Set("Etag", contentETag(resource.body))
		})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		writePage(w, r, resource)
	})
}
