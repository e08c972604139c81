//go:build !js

package main

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// server is a child HTTP server on 127.0.0.1.
type server struct {
	name string
	url  string
	cmd  *exec.Cmd
	out  *tail
	done chan struct{}
	once sync.Once
}

// startOurs runs bin/watt-ledger from the repository root, serving o.web.
func startOurs(o options) (*server, error) {
	if _, err := os.Stat(o.bin); err != nil {
		return nil, fmt.Errorf("%w (run `make build`)", err)
	}
	return startServer("watt-ledger", o.root, o.bin, "-web", o.web)
}

// startFloor runs the floor's server from its build directory.
func startFloor(dir string) (*server, error) {
	return startServer("floor", dir, filepath.Join(dir, "floor"))
}

func startServer(name, dir, bin string, args ...string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "WATT_ADDR="+addr)
	s := &server{name: name, url: "http://" + addr, cmd: cmd, out: &tail{max: 16 << 10}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = s.out, s.out // the access log: kept only for errors
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	go func() { cmd.Wait(); close(s.done) }()
	if err := s.waitHealthy(); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

func (s *server) waitHealthy() error {
	deadline := time.Now().Add(30 * time.Second)
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		res, err := client.Get(s.url + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
			err = errors.New(res.Status)
		}
		select {
		case <-s.done:
			return fmt.Errorf("%s exited: %v\n%s", s.name, s.cmd.ProcessState, s.out)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: /healthz did not answer within 30s (%v)\n%s", s.name, err, s.out)
		}
	}
}

// stop ends the server's process group, which this program started.
func (s *server) stop() {
	s.once.Do(func() {
		syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
			<-s.done
		}
	})
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// buildFloor builds ./tools/bench/floor into a temporary directory:
// web/app.wasm with the Makefile's wasm flags, compressed by
// scripts/compress.sh like the real one, and the server binary.
func buildFloor(root string) (string, sizes, error) {
	dir, err := os.MkdirTemp("", "watt-ledger-floor-")
	if err != nil {
		return "", sizes{}, err
	}
	web := filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return dir, sizes{}, err
	}
	pkg := "./tools/bench/floor"
	steps := [][]string{
		{"go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), pkg},
		{"go", "build", "-trimpath", "-o", filepath.Join(dir, "floor"), pkg},
		{"./scripts/compress.sh", filepath.Join(web, "app.wasm")},
	}
	for i, args := range steps {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = root
		if i == 0 {
			cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			return dir, sizes{}, fmt.Errorf("%v: %w\n%s", args, err, out)
		}
	}
	icon, err := os.ReadFile(filepath.Join(root, "web", "icons", "icon-192.png"))
	if err == nil {
		err = os.WriteFile(filepath.Join(web, "icon-192.png"), icon, 0o644)
	}
	if err != nil {
		return dir, sizes{}, err
	}
	s, err := wasmSizes(filepath.Join(web, "app.wasm"))
	return dir, s, err
}

// tail keeps the last max bytes written to it.
type tail struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append([]byte(nil), t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.Clone(t.b))
}
