//go:build !wasm

package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A request in flight when shutdown starts completes; new ones are refused.
func testGraceful(t *testing.T, trigger func(cancel context.CancelFunc)) {
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(started)
			time.Sleep(300 * time.Millisecond)
		}
		io.WriteString(w, "done")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- serveSignals(ctx, Config{ShutdownTimeout: 5 * time.Second}, slow, ln) }()

	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		res, err := http.Get(url + "/slow")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		got <- result{string(b), err}
	}()
	<-started
	trigger(cancel)

	if r := <-got; r.err != nil || r.body != "done" {
		t.Fatalf("in-flight request: %q %v", r.body, r.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return")
	}
	if _, err := http.Get(url + "/"); err == nil {
		t.Error("server still accepting after shutdown")
	}
}

func TestGracefulShutdownOnCancel(t *testing.T) {
	testGraceful(t, func(cancel context.CancelFunc) { cancel() })
}

func TestGracefulShutdownOnSIGTERM(t *testing.T) {
	testGraceful(t, func(context.CancelFunc) {
		// serveSignals has been catching SIGTERM since before it listened.
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
	})
}

func TestShutdownDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	started := make(chan struct{})
	stuck := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveSignals(ctx, Config{ShutdownTimeout: 100 * time.Millisecond}, stuck, ln) }()
	go http.Get("http://" + ln.Addr().String() + "/")
	<-started
	cancel()
	select {
	case err := <-served:
		if err == nil {
			t.Error("want a deadline error")
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Serve ignored its shutdown deadline")
	}
}

func TestServeBadAddr(t *testing.T) {
	if err := Serve(context.Background(), Config{Addr: "127.0.0.1:99999"}, http.NotFoundHandler()); err == nil {
		t.Error("want a listen error")
	}
}

// TestServerLimits sends raw requests to a real server: headers up to
// 16 KiB are read and larger ones refused with 431, and "OPTIONS *", which
// net/http would answer itself, gets 405 with the security headers.
func TestServerLimits(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveSignals(ctx, Config{WebDir: webDir(t)}, newHandler(t), ln) }()
	defer func() { cancel(); <-served }()
	addr := ln.Addr().String()

	send := func(request string) string {
		t.Helper()
		c, err := net.DialTimeout("tcp", addr, 2*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(c, request)
		b, _ := io.ReadAll(c)
		return string(b)
	}
	header := func(size int) string {
		return "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Pad: " + strings.Repeat("a", size) + "\r\n\r\n"
	}
	if res := send(header(15 << 10)); !strings.HasPrefix(res, "HTTP/1.1 200") {
		t.Errorf("15 KiB of headers: %.60q, want 200", res)
	}
	if res := send(header(17 << 10)); !strings.HasPrefix(res, "HTTP/1.1 431") {
		t.Errorf("17 KiB of headers: %.60q, want 431", res)
	}
	res := send("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	if !strings.HasPrefix(res, "HTTP/1.1 405") || !strings.Contains(res, "Content-Security-Policy: ") ||
		!strings.Contains(res, "X-Content-Type-Options: nosniff") {
		t.Errorf("OPTIONS *: %q, want 405 with the security headers", res)
	}
}
