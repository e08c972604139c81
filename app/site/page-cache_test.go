package site

import (
	"strconv"
	"strings"
	"testing"
)

func TestPageCacheKeepsTheMostRecentlyUsed(t *testing.T) {
	c := newPageCache(2)
	for i := 0; i < 3; i++ {
		c.put(cachedPage{key: "/?n=" + strconv.Itoa(i), body: []byte{byte(i)}})
		if i == 1 {
			c.get("/?n=0") // 0 is now more recent than 1
		}
	}
	if _, ok := c.get("/?n=1"); ok {
		t.Error("least recently used page was kept")
	}
	for _, k := range []string{"/?n=0", "/?n=2"} {
		if _, ok := c.get(k); !ok {
			t.Errorf("%s was evicted", k)
		}
	}
	c.put(cachedPage{key: "/?" + strings.Repeat("x", maxCachedKey)})
	if c.order.Len() != 2 {
		t.Error("an over-long key was cached")
	}
}
