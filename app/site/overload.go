package site

import (
	"expvar"
	"log"
	"sync/atomic"
	"time"
)

// overloadAnswers counts, over the process's life, the requests answered
// with a plain page because every prerender slot was busy. expvar keeps it
// off the public server: the debug listener (WATT_DEBUG_ADDR, loopback
// only) shows it at /debug/vars.
var overloadAnswers = expvar.NewInt("overload_answers")

// prerenders counts the pages rendered for a query, beside it.
var prerenders = expvar.NewInt("prerenders")

// overloadLogEvery is the least time between two log lines about overload
// answers, so a flood writes a line every few seconds, not one per request.
const overloadLogEvery = 10 * time.Second

// overloadCounter counts one pageServer's overload answers and logs them.
type overloadCounter struct {
	n       atomic.Int64
	lastLog atomic.Int64 // UnixNano of the last line
	logged  atomic.Int64 // n at the last line
}

func newOverloadCounter() *overloadCounter {
	c := &overloadCounter{}
	c.lastLog.Store(time.Now().Add(-overloadLogEvery).UnixNano())
	return c
}

func (c *overloadCounter) add() {
	n := c.n.Add(1)
	overloadAnswers.Add(1)
	now := time.Now().UnixNano()
	last := c.lastLog.Load()
	if now-last < int64(overloadLogEvery) || !c.lastLog.CompareAndSwap(last, now) {
		return
	}
	since := n - c.logged.Swap(n)
	log.Printf("overload: every prerender busy: %d requests answered with the page without their query since the last line (%d in all)", since, n)
}

func (c *overloadCounter) count() int64 { return c.n.Load() }
