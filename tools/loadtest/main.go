//go:build !wasm

// Command loadtest drives a running Watt Ledger server on this machine and
// prints throughput, latency percentiles, errors, bytes and the server's
// peak RSS. It starts nothing itself (`make loadtest` starts the server,
// and pins it and this client to separate CPUs) and refuses any target
// that is not a loopback address. Pages are asked for with
// "Accept-Encoding: br, gzip", as browsers do; bodies are read, not decoded.
//
// Modes (-mode):
//
//	hot    one share link, over and over: the page cache's best case
//	mix    20 share links in both languages, embeds and the methodology,
//	       and 10% brotli app.wasm downloads: a popular article's traffic
//	flood  every request a new link (n and hours from a counter): every
//	       one a cache miss, as a hostile client would send
//
//	loadtest -url http://127.0.0.1:8000 -mode flood -c 100 -d 15s -pid $SERVER_PID
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8000", "base URL of the server (loopback only)")
	mode := flag.String("mode", "mix", "hot, mix or flood")
	clients := flag.Int("c", 100, "concurrent clients (connections)")
	duration := flag.Duration("d", 15*time.Second, "how long to send requests")
	pid := flag.Int("pid", 0, "server PID, to report its peak RSS (VmHWM)")
	timeout := flag.Duration("timeout", 30*time.Second, "per-request timeout")
	flag.Parse()

	base, err := loopbackURL(*target)
	next, ok := modes[*mode]
	switch {
	case err != nil:
	case !ok:
		err = fmt.Errorf("-mode %q: want hot, mix or flood", *mode)
	case *clients < 1 || *clients > 10000 || *duration <= 0:
		err = errors.New("need 1 <= -c <= 10000, -d > 0")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	}
	before, _ := schedStat(*pid)
	r := run(base, next(), *clients, *duration, *timeout)
	after, schedErr := schedStat(*pid)
	s := summarise(r.lat, r.errors, r.bytes, r.elapsed)
	fmt.Printf("mode        %s: %s (%d clients, %s)\n", *mode, modeDoc[*mode], *clients, *duration)
	fmt.Printf("requests    %d (%.0f/s), errors %d\n", s.requests, s.rate(), s.errors)
	fmt.Printf("latency     p50 %s  p99 %s  max %s\n", round(s.p50), round(s.p99), round(s.max))
	fmt.Printf("bytes       %.1f MiB; pages %d (%d br, %d overload answers), wasm %d (%d not brotli)\n",
		float64(s.bytes)/(1<<20), r.pages, r.pagesBrotli, r.overload, r.wasm, r.notBrotli)
	if *pid > 0 {
		if kb, err := peakRSS(*pid); err != nil {
			fmt.Printf("server RSS  unknown: %v\n", err)
		} else {
			fmt.Printf("server RSS  peak %.1f MiB (VmHWM of pid %d)\n", float64(kb)/1024, *pid)
		}
		if schedErr == nil {
			// Runnable but not running: the CPU was someone else's (on a
			// shared machine, other processes on the server's CPU).
			fmt.Printf("server CPU  %.1f s running, %.1f s runnable and waiting for a CPU\n",
				(after.run - before.run).Seconds(), (after.wait - before.wait).Seconds())
		}
	}
	if r.firstErr != nil {
		fmt.Println("first error", r.firstErr)
	}
	if s.errors > 0 {
		os.Exit(1)
	}
}

// loopbackURL accepts only http(s) URLs on 127.0.0.0/8, ::1 or localhost,
// so the tool cannot be pointed at someone else's server.
func loopbackURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.User != nil {
		return "", fmt.Errorf("%q: want http://host:port", raw)
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); !strings.EqualFold(host, "localhost") && (ip == nil || !ip.IsLoopback()) {
		return "", fmt.Errorf("%q: only loopback targets (127.0.0.0/8, ::1, localhost)", raw)
	}
	return strings.TrimSuffix(u.Scheme+"://"+u.Host+u.Path, "/"), nil
}

type result struct {
	lat                          []time.Duration
	errors, wasm, notBrotli      int
	pages, pagesBrotli, overload int
	bytes                        int64
	elapsed                      time.Duration
	firstErr                     error
}

func (r *result) add(o result) {
	r.lat = append(r.lat, o.lat...)
	r.errors += o.errors
	r.wasm += o.wasm
	r.notBrotli += o.notBrotli
	r.pages += o.pages
	r.pagesBrotli += o.pagesBrotli
	r.overload += o.overload
	r.bytes += o.bytes
	if r.firstErr == nil {
		r.firstErr = o.firstErr
	}
}

const wasmPath = "/web/app.wasm"

// shareLinks are what a popular article might link to: presets, regions,
// methods, both languages, an embed and the methodology.
var shareLinks = []string{
	"/?preset=gpt-3",
	"/zh/?preset=gpt-3",
	"/?preset=llama-3.1-405b",
	"/?preset=llama-3.1-405b&region=CHN",
	"/zh/?preset=llama-3.1-405b&region=CHN",
	"/?preset=llama-2-70b&region=gbr",
	"/?preset=llama-2-70b&region=gbr&n=1,000",
	"/?preset=bloom-176b",
	"/zh/?preset=bloom-176b",
	"/?preset=meena",
	"/?preset=gpt-3&method=hardware",
	"/?preset=gpt-3&hw=h100-sxm&n=1000&hours=720&w=700&pue=1.2",
	"/?preset=llama-3.1-405b&n=2048",
	"/zh/?preset=llama-3.1-405b&n=2048",
	"/?preset=gpt-3&region=USA",
	"/zh/?preset=gpt-3&region=CHN",
	"/embed/?preset=gpt-3&view=result",
	"/embed/?preset=llama-3.1-405b&view=chart-co2",
	"/methodology/",
	"/zh/methodology/",
}

// modes make, per run, the function that picks each request's path; it is
// called from every client at once.
var modes = map[string]func() func() string{
	"hot": func() func() string { return func() string { return "/?preset=gpt-3" } },
	"mix": func() func() string {
		return func() string {
			if rand.Float64() < 0.1 {
				return wasmPath
			}
			return shareLinks[rand.IntN(len(shareLinks))]
		}
	},
	"flood": func() func() string {
		var n atomic.Int64
		return func() string {
			i := n.Add(1)
			return "/?preset=gpt-3&n=" + strconv.FormatInt(i, 10) + "&hours=" + strconv.FormatInt(1+i%24, 10)
		}
	},
}

var modeDoc = map[string]string{
	"hot":   "one share link",
	"mix":   "20 share links, 10% brotli app.wasm",
	"flood": "a new link every request",
}

// run starts clients that send requests until the duration is over, then
// waits for the requests in flight.
func run(base string, next func() string, clients int, d time.Duration, timeout time.Duration) result {
	tr := &http.Transport{Proxy: nil, MaxIdleConnsPerHost: clients, DisableCompression: true}
	hc := &http.Client{Transport: tr, Timeout: timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	defer tr.CloseIdleConnections()

	var (
		mu    sync.Mutex
		total result
		wg    sync.WaitGroup
	)
	start := time.Now()
	stop := start.Add(d)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine result
			for time.Now().Before(stop) {
				p := next()
				t0 := time.Now()
				a, err := fetch(hc, base+p)
				mine.bytes += a.bytes
				if err != nil {
					mine.errors++
					if mine.firstErr == nil {
						mine.firstErr = fmt.Errorf("%s: %w", p, err)
					}
					continue
				}
				mine.lat = append(mine.lat, time.Since(t0))
				switch {
				case p == wasmPath:
					mine.wasm++
					if a.encoding != "br" {
						mine.notBrotli++
					}
				default:
					mine.pages++
					if a.encoding == "br" {
						mine.pagesBrotli++
					}
					// The overload answer is the plain page, not to be stored.
					if a.cacheControl == "no-store" {
						mine.overload++
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			total.add(mine)
		}()
	}
	wg.Wait()
	total.elapsed = time.Since(start)
	return total
}

type answer struct {
	bytes                  int64
	encoding, cacheControl string
}

// fetch GETs u as a browser would (br or gzip) and reads the whole body;
// a non-200 status is an error.
func fetch(hc *http.Client, u string) (answer, error) {
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, u, nil)
	if err != nil {
		return answer{}, err
	}
	req.Header.Set("Accept-Encoding", "br, gzip")
	res, err := hc.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer res.Body.Close()
	n, err := io.Copy(io.Discard, res.Body)
	if err == nil && res.StatusCode != http.StatusOK {
		err = fmt.Errorf("status %d", res.StatusCode)
	}
	return answer{n, res.Header.Get("Content-Encoding"), res.Header.Get("Cache-Control")}, err
}

type sched struct{ run, wait time.Duration }

// schedStat sums /proc/PID/task/*/schedstat: the time the server's
// threads ran, and the time they were runnable but waited for a CPU.
func schedStat(pid int) (sched, error) {
	var s sched
	if pid <= 0 {
		return s, errors.New("no pid")
	}
	tasks, err := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/task")
	if err != nil {
		return s, err
	}
	for _, t := range tasks {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + t.Name() + "/schedstat")
		if err != nil {
			continue // the thread ended
		}
		f := strings.Fields(string(b))
		if len(f) < 2 {
			continue
		}
		run, _ := strconv.ParseInt(f[0], 10, 64)
		wait, _ := strconv.ParseInt(f[1], 10, 64)
		s.run += time.Duration(run)
		s.wait += time.Duration(wait)
	}
	return s, nil
}

// peakRSS reads VmHWM (kB) from /proc/PID/status; pid 0 means this process.
func peakRSS(pid int) (int64, error) {
	name := "/proc/self/status"
	if pid > 0 {
		name = "/proc/" + strconv.Itoa(pid) + "/status"
	}
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		}
	}
	return 0, errors.New("no VmHWM in " + name)
}

func round(d time.Duration) time.Duration {
	if d > time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Microsecond)
}
