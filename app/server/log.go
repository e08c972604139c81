//go:build !wasm

package server

import (
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// accessLog writes one line per request: time, method, path (no query: it
// carries the visitor's inputs), status, bytes, duration.
type accessLog struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *accessLog) line(r *http.Request, lw *logWriter, start time.Time) {
	p := r.URL.Path
	if !printable(p) {
		p = strconv.Quote(p) // no forged log lines from %0a
	}
	line := fmt.Sprintf("%s %s %s %d %d %s\n", start.UTC().Format(time.RFC3339),
		printableOr(r.Method), p, lw.status, lw.bytes, time.Since(start).Round(time.Microsecond))
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(l.w, line)
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f || s[i] == '"' {
			return false
		}
	}
	return s != ""
}

func printableOr(s string) string {
	if printable(s) {
		return s
	}
	return strconv.Quote(s)
}

// logWriter records status and bytes. It forwards ReadFrom so that
// http.ServeContent keeps using sendfile for app.wasm.
type logWriter struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (w *logWriter) WriteHeader(code int) {
	if !w.wroteHeader && code >= 200 {
		w.status, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *logWriter) Write(b []byte) (int, error) {
	w.wroteHeader = true
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *logWriter) ReadFrom(src io.Reader) (int64, error) {
	w.wroteHeader = true
	n, err := io.Copy(w.ResponseWriter, src) // uses the inner ReaderFrom
	w.bytes += n
	return n, err
}

func (w *logWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
