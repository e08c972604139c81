package site

import (
	"bytes"
	"net/http"
)

// recorder is the http.ResponseWriter the site renders go-app's answers
// into, to change them (the page head, the workarounds) or save them (the
// static export) before anything is sent.
type recorder struct {
	code        int
	wroteHeader bool
	header      http.Header
	body        bytes.Buffer
}

func newRecorder() *recorder { return &recorder{code: http.StatusOK, header: http.Header{}} }

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.body.Write(b)
}

// WriteHeader keeps the first status, as a real connection would.
func (r *recorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.code, r.wroteHeader = code, true
	}
}

// get answers a GET of path (with its query) from h, in process.
func get(h http.Handler, path string) *recorder {
	rec := newRecorder()
	req, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		rec.code = http.StatusBadRequest
		return rec
	}
	h.ServeHTTP(rec, req)
	return rec
}
