//go:build !wasm

package server

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// negotiable lists the extensions worth precompressing (scripts/compress.sh
// writes their siblings); fonts and images are compressed already.
var negotiable = map[string]bool{".wasm": true, ".js": true, ".css": true, ".svg": true, ".json": true,
	".webmanifest": true, ".xml": true, ".txt": true, ".html": true}

// codings in order of preference on equal q.
var codings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// serveFile serves name (relative, already sanitised) from webDir. Opening
// through os.Root means neither ".." nor a symlink can reach outside webDir;
// directories are 404, so there is never a listing.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	root, err := os.OpenRoot(h.cfg.WebDir)
	if err != nil {
		notFound(w)
		return
	}
	defer root.Close()

	fi, err := root.Stat(name)
	if name == "" || strings.HasSuffix(name, "/") || err != nil || !fi.Mode().IsRegular() {
		notFound(w)
		return
	}
	ext := path.Ext(name)
	hdr := w.Header()
	ctype := mime.TypeByExtension(ext)
	if ctype == "" {
		ctype = "application/octet-stream" // never sniff: nosniff is on
	}
	hdr.Set("Content-Type", ctype)
	hdr.Set("Cache-Control", h.cacheControl(r))

	enc, suffix := "", ""
	if negotiable[ext] {
		hdr.Set("Vary", "Accept-Encoding")
		hdr.Set(DecodedLengthHeader, strconv.FormatInt(fi.Size(), 10))
		enc, suffix = pickEncoding(r.Header.Values("Accept-Encoding"), func(ext string) bool {
			s, err := root.Stat(name + ext)
			return err == nil && usableSibling(fi, s)
		})
	}
	f, err := root.Open(name + suffix)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			notFound(w)
		} else {
			http.Error(w, "cannot read file", http.StatusInternalServerError)
		}
		return
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	// One ETag per representation; size and mtime change with every build.
	hdr.Set("Etag", `"`+strconv.FormatInt(fi.Size(), 36)+"-"+
		strconv.FormatInt(fi.ModTime().UnixNano(), 36)+strings.ReplaceAll(suffix, ".", "-")+`"`)
	// ServeContent sets Content-Length and Last-Modified, and answers
	// If-None-Match, If-Modified-Since, Range and HEAD.
	if enc != "" {
		w = &encodingWriter{ResponseWriter: w, enc: enc}
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// usableSibling reports whether a precompressed sibling may stand for the
// original: a regular file, not empty (a compressor that was interrupted,
// or is still writing, leaves one), and not older than the original (left
// over from an earlier build). Otherwise the original is served as it is:
// slower, never wrong.
func usableSibling(original, sibling fs.FileInfo) bool {
	return sibling.Mode().IsRegular() &&
		(sibling.Size() > 0 || original.Size() == 0) &&
		!sibling.ModTime().Before(original.ModTime())
}

// encodingWriter adds Content-Encoding as the status is written. Set
// earlier, it would make http.ServeContent omit Content-Length (it guards
// against wrappers that compress on the fly), and go-app's loader needs it.
type encodingWriter struct {
	http.ResponseWriter
	enc string
}

func (w *encodingWriter) WriteHeader(code int) {
	if code == http.StatusOK || code == http.StatusPartialContent {
		w.Header().Set("Content-Encoding", w.enc)
	}
	w.ResponseWriter.WriteHeader(code)
}

// ReadFrom keeps sendfile: io.Copy uses the inner writer's ReadFrom.
func (w *encodingWriter) ReadFrom(src io.Reader) (int64, error) {
	return io.Copy(w.ResponseWriter, src)
}

func (w *encodingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// cacheControl: immutable only for URLs versioned with ?v=<Version>. go-app
// requests /web/app.wasm unversioned and its service worker refills its cache
// through the HTTP cache on update, so anything else must revalidate.
func (h *handler) cacheControl(r *http.Request) string {
	if h.cfg.Version != "" && r.URL.Query().Get("v") == h.cfg.Version {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// pickEncoding chooses the acceptable coding with the highest q whose
// sibling file exists; br wins ties. It returns the coding and the suffix.
func pickEncoding(accept []string, exists func(ext string) bool) (string, string) {
	best, bestQ := -1, 0.0
	for i, c := range codings {
		if q := acceptQ(accept, c.name); q > bestQ && exists(c.ext) {
			best, bestQ = i, q
		}
	}
	if best < 0 {
		return "", ""
	}
	return codings[best].name, codings[best].ext
}

// acceptQ returns the q value an Accept-Encoding header gives coding: its
// own entry, else "*", else 0. "q=0" means not acceptable (RFC 9110 12.5.3).
func acceptQ(accept []string, coding string) float64 {
	own, star := -1.0, -1.0
	for _, line := range accept {
		for _, item := range strings.Split(line, ",") {
			name, params, _ := strings.Cut(item, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			q := 1.0
			for _, p := range strings.Split(params, ";") {
				k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
				if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
					f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
					if err != nil || f < 0 || f > 1 {
						f = 0 // malformed: do not guess in the client's favour
					}
					q = f
				}
			}
			switch {
			case name == coding || coding == "gzip" && name == "x-gzip":
				own = max(own, q)
			case name == "*":
				star = max(star, q)
			}
		}
	}
	if own >= 0 {
		return own
	}
	return max(star, 0)
}

// PreferredEncoding is the content coding to answer a request with when a
// brotli and a gzip body are both at hand: "br", "gzip" or "" (identity),
// by the request's Accept-Encoding, as the files under /web/ are chosen.
func PreferredEncoding(acceptEncoding []string) string {
	enc, _ := pickEncoding(acceptEncoding, func(string) bool { return true })
	return enc
}
