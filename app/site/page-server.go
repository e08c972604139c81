package site

import (
	"log"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"wattledger/app/server"
	"wattledger/app/ui"
)

// pageServer answers the page routes from a cache of prerendered pages,
// and go-app's own files (app.js, the manifest…) from memory, each with
// its compressed bodies.
//
// A cache miss is a prerender: the model, four charts and the article,
// milliseconds of CPU. A stream of unique links would make every visitor
// wait behind it, so at most maxPrerenders run at once; a miss that finds
// them all busy is answered at once with the page for the same path and
// no query (kept for the process's life), whose guard script sees that
// the address bar asks for other inputs and lets the WebAssembly compute
// them, as it does for a page from a static host. After a prerender that
// turned requests away, new links wait a moment before the next one
// (overloadMinRest), links asked for again do not.
type pageServer struct {
	pages  http.Handler
	origin string
	cache  *pageCache
	slots  chan struct{}

	mu       sync.Mutex
	plain    map[string]cachedPage    // path -> the page without a query
	files    map[string]*appFile      // go-app's files, by path
	inflight map[string]chan struct{} // key -> closed when its prerender is done
	// turnedAway holds the keys answered with the plain page since it was
	// last emptied (at maxTurnedAway keys): a key asked for again is a
	// link people share, not a flood's, and may be prerendered while the
	// slots rest.
	turnedAway map[string]bool
	restUntil  time.Time // no new link is prerendered before, under s.mu

	overload *overloadCounter
}

// appFiles are go-app's in-memory files: the same for every request of a
// process, so each is rendered and compressed (at the best levels) once.
var appFiles = map[string]bool{"/app.js": true, "/app-worker.js": true,
	"/manifest.webmanifest": true, "/wasm_exec.js": true, "/app.css": true}

type appFile struct {
	once sync.Once
	page cachedPage
}

// maxPrerenders is WATT_PRERENDERS if set (0 answers every miss with the
// plain page: the browser tests use it to see that page compute), else
// one per CPU the process may use: a prerender is CPU bound, so more at
// once only makes each take longer.
func maxPrerenders() int {
	if v := os.Getenv("WATT_PRERENDERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err == nil && n >= 0 && n <= 1024 {
			return n
		}
		log.Printf("WATT_PRERENDERS=%q is not a number from 0 to 1024: using %d", v, runtime.GOMAXPROCS(0))
	}
	return runtime.GOMAXPROCS(0)
}

func newPageServer(pages http.Handler, origin string, slots int) *pageServer {
	return &pageServer{
		pages: pages, origin: origin,
		cache:      newPageCache(pageCacheSize),
		slots:      make(chan struct{}, slots),
		plain:      map[string]cachedPage{},
		files:      map[string]*appFile{},
		inflight:   map[string]chan struct{}{},
		turnedAway: map[string]bool{},
		overload:   newOverloadCounter(),
	}
}

func (s *pageServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	route, ok := ui.RouteFor(ui.SitePath(r.URL.Path))
	if !ok {
		if appFiles[r.URL.Path] {
			s.serveAppFile(w, r)
			return
		}
		s.pages.ServeHTTP(w, r)
		return
	}
	query := canonicalQuery(route, r.URL.RawQuery)
	coding := server.PreferredEncoding(r.Header.Values("Accept-Encoding"))
	if page, hit := s.lookup(r.URL.Path, query); hit {
		writePage(w, r, page, coding)
		return
	}
	// A link being prerendered for another request is waited for: the
	// wait costs no CPU, and a popular link that just came in should not
	// get the overload answer for every request that arrives meanwhile.
	key := r.URL.Path + "?" + query
	s.mu.Lock()
	done, rendering := s.inflight[key]
	s.mu.Unlock()
	if rendering {
		<-done
		if page, hit := s.lookup(r.URL.Path, query); hit {
			writePage(w, r, page, coding)
			return
		}
	}
	if query == "" {
		// A plain page is rendered once per path and then kept for good:
		// it needs no slot, and is the overload answer itself.
		page := s.renderOnce(r, route, query, key)
		writePage(w, r, page, coding)
		return
	}
	if !s.mayRender(key) {
		s.overloaded(w, r, route, coding, key)
		return
	}
	select {
	case s.slots <- struct{}{}:
		turnedAway, start := s.overload.count(), time.Now()
		page := s.renderOnce(r, route, query, key)
		page.encoded(coding) // compressed on this slot's CPU time too
		<-s.slots
		if s.overload.count() > turnedAway {
			s.rest(time.Since(start))
		}
		writePage(w, r, page, coding)
	default:
		s.overloaded(w, r, route, coding, key)
	}
}

// overloadMinRest: after a prerender during which requests were turned
// away, new links wait as long as the prerender took, and at least this.
// Under a flood of unique links the slots would otherwise stay busy back
// to back, and each prerender, sharing the CPU with every cheap answer in
// flight, takes hundreds of milliseconds of its visitor's time: resting,
// prerenders are a few a second, and nearly every request of the flood
// gets the overload answer at once. A link asked for again meanwhile is
// not held back (mayRender).
const overloadMinRest = 250 * time.Millisecond

// maxTurnedAway bounds the memory of turned-away keys.
const maxTurnedAway = 4096

func (s *pageServer) rest(took time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.restUntil = time.Now().Add(max(took, overloadMinRest))
}

// mayRender reports whether a miss for key may take a free slot: when the
// slots are not resting, or when key was turned away before.
func (s *pageServer) mayRender(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.turnedAway[key] || !time.Now().Before(s.restUntil)
}

// renderOnce renders a page while telling other requests for the same key
// to wait for it.
func (s *pageServer) renderOnce(r *http.Request, route ui.Route, query, key string) cachedPage {
	done := make(chan struct{})
	s.mu.Lock()
	s.inflight[key] = done
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.inflight, key)
		s.mu.Unlock()
		close(done)
	}()
	return s.render(r, route, query)
}

// lookup finds a rendered page: the plain pages are kept apart, so a
// flood of unique links cannot evict the overload answer.
func (s *pageServer) lookup(path, query string) (cachedPage, bool) {
	if query == "" {
		s.mu.Lock()
		defer s.mu.Unlock()
		p, ok := s.plain[path]
		return p, ok
	}
	return s.cache.get(path + "?" + query)
}

// render prerenders a page for the canonical query and keeps it if it is
// a 200.
func (s *pageServer) render(r *http.Request, route ui.Route, query string) cachedPage {
	page := renderPage(s.pages, r, route, s.origin, query)
	if query != "" {
		prerenders.Add(1)
	}
	if page.status != http.StatusOK {
		return page
	}
	if query == "" {
		s.mu.Lock()
		s.plain[r.URL.Path] = page
		s.mu.Unlock()
	} else {
		page.key = r.URL.Path + "?" + query
		s.cache.put(page)
	}
	return page
}

// overloaded answers a miss while every prerender slot is busy with the
// plain page of the same path. It is not to be stored under the link's
// URL (no-store): the next request for it, once the server is not busy,
// gets its own prerender. The plain pages are rendered as the server
// starts (server.Handler renders each page for its CSP), so this renders
// only if they were not.
func (s *pageServer) overloaded(w http.ResponseWriter, r *http.Request, route ui.Route, coding, key string) {
	s.mu.Lock()
	if len(s.turnedAway) >= maxTurnedAway {
		clear(s.turnedAway)
	}
	s.turnedAway[key] = true
	s.mu.Unlock()
	page, ok := s.lookup(r.URL.Path, "")
	if !ok {
		page = s.renderOnce(r, route, "", r.URL.Path+"?")
	}
	s.overload.add()
	if page.status == http.StatusOK {
		page.header = page.header.Clone()
		page.header.Set("Cache-Control", "no-store")
	}
	writePage(w, r, page, coding)
}

// serveAppFile answers one of go-app's files from memory.
func (s *pageServer) serveAppFile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f := s.files[r.URL.Path]
	if f == nil {
		f = &appFile{}
		s.files[r.URL.Path] = f
	}
	s.mu.Unlock()
	f.once.Do(func() {
		rec := record(s.pages, r)
		f.page = cachedPage{status: rec.code, header: rec.header.Clone(), body: rec.body.Bytes()}
		if rec.code == http.StatusOK {
			f.page.header.Set("Etag", contentETag(f.page.body))
			f.page.enc = newEncodedBodies(fileCompression)
		}
	})
	if f.page.status != http.StatusOK {
		// Not kept: a failure now need not be one later.
		s.mu.Lock()
		delete(s.files, r.URL.Path)
		s.mu.Unlock()
	}
	writePage(w, r, f.page, server.PreferredEncoding(r.Header.Values("Accept-Encoding")))
}

// record answers r from h into a recorder, as a GET without validators:
// go-app answers a matching validator with an empty 304, and writePage
// answers validators itself.
func record(h http.Handler, r *http.Request) *recorder {
	rec := newRecorder()
	get := r.Clone(r.Context())
	get.Method = http.MethodGet
	get.Header.Del("If-None-Match")
	get.Header.Del("If-Modified-Since")
	h.ServeHTTP(rec, get)
	return rec
}

// encoded returns the body in coding, "" for the plain one.
func (p cachedPage) encoded(coding string) []byte {
	if p.enc == nil {
		return p.body
	}
	return p.enc.get(coding, p.body)
}

// writePage answers with a page kept in memory, in coding if it has one:
// 304 when the request's If-None-Match names the ETag of that
// representation, else its headers, its length, and its body unless the
// request is HEAD. Any other validator (a stale ETag sent after a deploy)
// gets the whole page, head and all.
func writePage(w http.ResponseWriter, r *http.Request, page cachedPage, coding string) {
	h := w.Header()
	for k, v := range page.header {
		h[k] = v
	}
	if page.enc == nil {
		coding = ""
	} else {
		h.Add("Vary", "Accept-Encoding")
	}
	etag := page.header.Get("Etag")
	if coding != "" {
		h.Set("Content-Encoding", coding)
		etag = codingETag(etag, coding)
		h.Set("Etag", etag)
	}
	if page.status == http.StatusOK && etagMatches(r.Header.Values("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := page.encoded(coding)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(page.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// codingETag is the ETag of a compressed representation: each coding has
// its own (RFC 9110 8.8.3), so a cache never answers a gzip validator with
// a brotli body.
func codingETag(etag, coding string) string {
	if !strings.HasSuffix(etag, `"`) {
		return etag
	}
	return strings.TrimSuffix(etag, `"`) + "-" + coding + `"`
}
