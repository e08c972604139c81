package site

import (
	"bytes"
	"compress/gzip"
	"sync"

	"github.com/andybalholm/brotli"
)

// Pages and go-app's files are kept with their brotli and gzip bodies
// beside the plain one, each compressed once per cache entry: the
// calculator page is about 127 kB as HTML and about 20 kB in brotli, which
// on a phone's slow link is most of the time to first paint.
//
// The brotli encoder is a pure-Go module on the host only (this package
// never reaches the wasm: internal/layers and app/wasm-deps_test.go check).

// compression is how hard to work: a page is compressed on a cache miss,
// on the visitor's time, so pages use fast levels; go-app's files are
// compressed once per process and use the smallest.
type compression struct{ brotli, gzip int }

var (
	// pageCompression: on the 127 kB calculator page brotli 5 makes
	// 23.1 kB in about 8 ms (of a loaded 2-core machine), brotli 11
	// 19.9 kB in about 570 ms; brotli 6 and up cost 4–30 times more for
	// under 1% less.
	pageCompression = compression{brotli: 5, gzip: 6}
	fileCompression = compression{brotli: brotli.BestCompression, gzip: gzip.BestCompression}
)

// encodedBodies holds an entry's compressed bodies, each made on the first
// request that asks for it: a cache miss then costs the one coding its
// visitor wants (every browser takes brotli) and not both.
type encodedBodies struct {
	level          compression
	brOnce, gzOnce sync.Once
	br, gz         []byte
}

func newEncodedBodies(level compression) *encodedBodies {
	return &encodedBodies{level: level}
}

// get returns body in coding ("br" or "gzip"), compressing it once.
func (e *encodedBodies) get(coding string, body []byte) []byte {
	switch coding {
	case "br":
		e.brOnce.Do(func() { e.br = compressBrotli(body, e.level.brotli) })
		return e.br
	case "gzip":
		e.gzOnce.Do(func() { e.gz = compressGzip(body, e.level.gzip) })
		return e.gz
	}
	return body
}

// Writing to memory cannot fail; a body that does not shrink is still
// returned: the choice of coding is the client's.
func compressBrotli(body []byte, level int) []byte {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, level)
	w.Write(body)
	w.Close()
	return b.Bytes()
}

func compressGzip(body []byte, level int) []byte {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, level)
	w.Write(body)
	w.Close()
	return b.Bytes()
}
