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
	// pageCompression: the 127 kB calculator page, CPU time per page
	// with reused writers: brotli 1 28.0 kB in 0.5 ms, brotli 4 24.5 kB
	// in 1.9 ms, brotli 5 23.1 kB in 3.7 ms, brotli 11 19.9 kB in about
	// 500 ms; gzip 6 25.1 kB in 3.0 ms. A prerender is about 4 ms.
	pageCompression = compression{brotli: 4, gzip: 6}
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

// Writers are reused: a new brotli writer allocates and clears its hash
// tables, which took half of a level-4 compression's CPU.
var brotliWriters, gzipWriters sync.Map // level -> *sync.Pool

func pool(m *sync.Map, level int, newWriter func() any) *sync.Pool {
	if p, ok := m.Load(level); ok {
		return p.(*sync.Pool)
	}
	p, _ := m.LoadOrStore(level, &sync.Pool{New: newWriter})
	return p.(*sync.Pool)
}

// Writing to memory cannot fail; a body that does not shrink is still
// returned: the choice of coding is the client's.
func compressBrotli(body []byte, level int) []byte {
	p := pool(&brotliWriters, level, func() any { return brotli.NewWriterLevel(nil, level) })
	var b bytes.Buffer
	w := p.Get().(*brotli.Writer)
	w.Reset(&b)
	w.Write(body)
	w.Close()
	p.Put(w)
	return b.Bytes()
}

func compressGzip(body []byte, level int) []byte {
	p := pool(&gzipWriters, level, func() any {
		w, _ := gzip.NewWriterLevel(nil, level)
		return w
	})
	var b bytes.Buffer
	w := p.Get().(*gzip.Writer)
	w.Reset(&b)
	w.Write(body)
	w.Close()
	p.Put(w)
	return b.Bytes()
}
