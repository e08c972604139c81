package site

import (
	"container/list"
	"net/http"
	"sync"
)

// pageCache keeps recently rendered pages, keyed by path and canonical
// query (canonicalQuery). Prerendering a page runs the
// whole model, four charts and the article, a few milliseconds of CPU;
// the pages a popular article links to are a handful of URLs requested
// over and over, and for a given build each URL always renders the same.
type pageCache struct {
	mu      sync.Mutex
	max     int
	entries map[string]*list.Element
	order   *list.List // front: most recently used
}

type cachedPage struct {
	key    string
	status int
	header http.Header // with the plain body's ETag
	body   []byte
	// enc holds the compressed bodies, shared by every copy of the entry;
	// nil for an answer that is never compressed (not a 200).
	enc *encodedBodies
}

// maxCachedKey bounds the URLs worth caching: share links are short, and
// a long hostile query should not evict them.
const maxCachedKey = 512

func newPageCache(max int) *pageCache {
	return &pageCache{max: max, entries: map[string]*list.Element{}, order: list.New()}
}

func (c *pageCache) get(key string) (cachedPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return cachedPage{}, false
	}
	c.order.MoveToFront(el)
	return el.Value.(cachedPage), true
}

func (c *pageCache) put(p cachedPage) {
	if len(p.key) > maxCachedKey {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[p.key]; ok {
		el.Value = p
		c.order.MoveToFront(el)
		return
	}
	c.entries[p.key] = c.order.PushFront(p)
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.entries, last.Value.(cachedPage).key)
	}
}
