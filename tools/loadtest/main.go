//go:build !wasm

// Command loadtest drives a running Watt Ledger server on this machine with a
// bounded load, a mix of page requests and brotli app.wasm downloads, and
// prints throughput, latency percentiles, errors, bytes and the server's peak
// RSS. It starts nothing itself (`make loadtest` starts the server) and
// refuses any target that is not a loopback address.
//
//	loadtest -url http://127.0.0.1:8000 -c 200 -d 20s -pid $SERVER_PID
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
	"time"
)

func main() {
	target := flag.String("url", "http://127.0.0.1:8000", "base URL of the server (loopback only)")
	clients := flag.Int("c", 200, "concurrent clients")
	duration := flag.Duration("d", 20*time.Second, "how long to send requests")
	wasmShare := flag.Float64("wasm", 0.1, "share of requests that download /web/app.wasm with br")
	pid := flag.Int("pid", 0, "server PID, to report its peak RSS (VmHWM)")
	timeout := flag.Duration("timeout", 30*time.Second, "per-request timeout")
	flag.Parse()

	base, err := loopbackURL(*target)
	if err == nil && (*clients < 1 || *clients > 10000 || *duration <= 0 || *wasmShare < 0 || *wasmShare > 1) {
		err = errors.New("need 1 <= -c <= 10000, -d > 0, 0 <= -wasm <= 1")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	}
	r := run(base, *clients, *duration, *wasmShare, *timeout)
	s := summarise(r.lat, r.errors, r.bytes, r.elapsed)
	fmt.Printf("target      %s (%d clients, %s, %.0f%% wasm)\n", base, *clients, *duration, *wasmShare*100)
	fmt.Printf("requests    %d (%.1f/s), errors %d\n", s.requests, s.rate(), s.errors)
	fmt.Printf("latency     p50 %s  p99 %s  max %s\n", round(s.p50), round(s.p99), round(s.max))
	fmt.Printf("bytes       %.1f MiB (%d wasm downloads, %d not brotli)\n", float64(s.bytes)/(1<<20), r.wasm, r.notBrotli)
	if *pid > 0 {
		if kb, err := peakRSS(*pid); err != nil {
			fmt.Printf("server RSS  unknown: %v\n", err)
		} else {
			fmt.Printf("server RSS  peak %.1f MiB (VmHWM of pid %d)\n", float64(kb)/1024, *pid)
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
	lat                     []time.Duration
	errors, wasm, notBrotli int
	bytes                   int64
	elapsed                 time.Duration
	firstErr                error
}

var pages = []string{"/", "/zh/", "/methodology/", "/zh/methodology/"}

// run starts clients that send requests until the duration is over, then
// waits for the requests in flight.
func run(base string, clients int, d time.Duration, wasmShare float64, timeout time.Duration) result {
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
				wasm := rand.Float64() < wasmShare
				p := "/web/app.wasm"
				if !wasm {
					p = pages[rand.IntN(len(pages))] + "?kwh=" + strconv.Itoa(rand.IntN(100000)) +
						"&hours=" + strconv.Itoa(1+rand.IntN(24)) + "&lang=x"
				}
				t0 := time.Now()
				n, enc, err := fetch(hc, base+p, wasm)
				mine.bytes += n
				if err != nil {
					mine.errors++
					if mine.firstErr == nil {
						mine.firstErr = fmt.Errorf("%s: %w", p, err)
					}
					continue
				}
				mine.lat = append(mine.lat, time.Since(t0))
				if wasm {
					mine.wasm++
					if enc != "br" {
						mine.notBrotli++
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			total.lat = append(total.lat, mine.lat...)
			total.errors += mine.errors
			total.wasm += mine.wasm
			total.notBrotli += mine.notBrotli
			total.bytes += mine.bytes
			if total.firstErr == nil {
				total.firstErr = mine.firstErr
			}
		}()
	}
	wg.Wait()
	total.elapsed = time.Since(start)
	return total
}

// fetch GETs u and reads the whole body; a non-200 status is an error.
func fetch(hc *http.Client, u string, brotli bool) (int64, string, error) {
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, u, nil)
	if err != nil {
		return 0, "", err
	}
	if brotli {
		req.Header.Set("Accept-Encoding", "br")
	}
	res, err := hc.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer res.Body.Close()
	n, err := io.Copy(io.Discard, res.Body)
	if err == nil && res.StatusCode != http.StatusOK {
		err = fmt.Errorf("status %d", res.StatusCode)
	}
	return n, res.Header.Get("Content-Encoding"), err
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
