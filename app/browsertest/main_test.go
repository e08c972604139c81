//go:build !js

package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"wattledger/internal/chrome"
)

// suite is what TestMain sets up once for every test: the paths, the
// browser binary and the two origins the pages are loaded from.
var suite struct {
	root   string // repository root
	bin    string // bin/watt-ledger
	chrome string // Chromium binary, "" when missing
	// noBrowser is why the browser tests cannot run ("" when they can).
	noBrowser string

	// bootJS is app/site/boot.js as a JavaScript string literal: the one inline
	// script a page may have.
	bootJS string

	goURL     string // the Go server, http://127.0.0.1:PORT
	staticURL string // the static export under nginx (python3 -m http.server without it)
	staticDir string // the static export
	// nginx is nginx's path; "" when missing, and then noNginx says why
	// the static export is served by python3 instead.
	nginx, noNginx string
}

func TestMain(m *testing.M) { os.Exit(runMain(m)) }

// cleanups is what TestMain undoes at the end: processes, the browser,
// temporary directories.
var cleanups cleanupStack

func runMain(m *testing.M) (code int) {
	defer cleanups.run()
	fail := func(format string, args ...any) int {
		fmt.Fprintf(os.Stderr, "browsertest: "+format+"\n", args...)
		return 1
	}

	root, err := repoRoot()
	if err != nil {
		return fail("%v", err)
	}
	suite.root = root
	suite.bin = filepath.Join(root, "bin", "watt-ledger")
	boot, err := os.ReadFile(filepath.Join(root, "app", "site", "boot.js"))
	if err != nil {
		return fail("%v", err)
	}
	quoted, err := json.Marshal(string(boot))
	if err != nil {
		return fail("%v", err)
	}
	suite.bootJS = string(quoted)
	for _, f := range []string{suite.bin, filepath.Join(root, "web", "app.wasm")} {
		if _, err := os.Stat(f); err != nil {
			return fail("%s is missing: run `make build` first (it builds web/app.wasm and bin/watt-ledger)", f)
		}
	}
	warnStale(root)

	suite.chrome = chrome.Find()
	if suite.chrome == "" {
		suite.noBrowser = "Chromium not found at /usr/bin/chromium, chromium or $CHROME (apt-get install chromium)"
		return m.Run() // every test skips (or fails when CI=true)
	}
	if err := findNginx(); err != nil {
		return fail("%v", err)
	}

	goSrv, err := startGoServer(cleanups.add)
	if err != nil {
		return fail("%v", err)
	}
	suite.goURL = goSrv.url

	tmp, err := os.MkdirTemp("", "watt-ledger-static-")
	if err != nil {
		return fail("%v", err)
	}
	cleanups.add(func() { os.RemoveAll(tmp) })
	site := filepath.Join(tmp, "site")
	if err := export(site, ""); err != nil {
		return fail("%v", err)
	}
	static, err := startStatic(cleanups.add, site, "/")
	if err != nil {
		return fail("%v", err)
	}
	suite.staticURL, suite.staticDir = static.url, site

	if err := startBrowser(cleanups.add); err != nil {
		return fail("starting Chromium (%s): %v", suite.chrome, err)
	}
	return m.Run()
}

// requireBrowser skips the test when Chromium is missing, or fails it when
// CI=true, where a missing browser is a broken machine and not a choice.
func requireBrowser(t *testing.T) {
	t.Helper()
	if suite.noBrowser == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true and the browser tests cannot run: %s", suite.noBrowser)
	}
	t.Skip(suite.noBrowser)
}

// cleanupStack runs its funcs last in, first out, like defer.
type cleanupStack struct {
	mu    sync.Mutex
	funcs []func()
}

func (c *cleanupStack) add(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.funcs = append(c.funcs, f)
}

func (c *cleanupStack) run() {
	c.mu.Lock()
	funcs := c.funcs
	c.funcs = nil
	c.mu.Unlock()
	for i := len(funcs) - 1; i >= 0; i-- {
		funcs[i]()
	}
}

// repoRoot walks up from the package directory to the go.mod of wattledger.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && strings.HasPrefix(strings.TrimSpace(string(b)), "module wattledger") {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of module wattledger above %s", dir)
		}
	}
}

// warnStale says when Go sources are newer than web/app.wasm: the tests
// then check an old build.
func warnStale(root string) {
	wasm, err := os.Stat(filepath.Join(root, "web", "app.wasm"))
	if err != nil {
		return
	}
	var newer []string
	for _, dir := range []string{"app", "calc", "content"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") || !strings.HasSuffix(p, ".go") {
				return nil
			}
			if fi, err := d.Info(); err == nil && fi.ModTime().After(wasm.ModTime()) {
				rel, _ := filepath.Rel(root, p)
				newer = append(newer, rel)
			}
			return nil
		})
	}
	if len(newer) > 0 {
		if len(newer) > 5 {
			newer = append(newer[:5], "…")
		}
		fmt.Fprintf(os.Stderr, "browsertest: warning: web/app.wasm is older than %s; run `make build` to test the current code\n", strings.Join(newer, ", "))
	}
}

// freePort returns a TCP port on 127.0.0.1 that nothing listens on now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// proc is a child process: its own process group, killed with it, and the
// end of its output kept for error messages.
type proc struct {
	name string
	url  string
	cmd  *exec.Cmd
	out  *tailBuffer
	done chan struct{}
	once sync.Once
}

func startProc(name string, cmd *exec.Cmd) (*proc, error) {
	p := &proc{name: name, cmd: cmd, out: &tailBuffer{max: 16 << 10}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.out, p.out
	// Its own group, so that stop kills python's and the server's children
	// too; Pdeathsig kills it if the test binary dies without cleaning up.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	go func() {
		cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// stop kills the process group and waits for the process to end.
func (p *proc) stop() {
	p.once.Do(func() {
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
		}
	})
}

// waitHTTP waits until GET url answers 200, the process ends, or 20 s pass.
func (p *proc) waitHTTP(url string) error {
	deadline := time.Now().Add(20 * time.Second)
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		res, err := client.Get(url)
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
			err = errors.New(res.Status)
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited before %s answered (%v); its output:\n%s", p.name, url, p.cmd.ProcessState, p.out)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: GET %s did not answer 200 within 20s (last: %v); its output:\n%s", p.name, url, err, p.out)
		}
	}
}

// startGoServer runs bin/watt-ledger from the repository root (it serves
// web/ from there) on a free port and waits for /healthz.
func startGoServer(cleanup func(func()), env ...string) (*proc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(suite.bin)
	cmd.Dir = suite.root
	cmd.Env = append(append(os.Environ(), "WATT_ADDR="+addr), env...)
	p, err := startProc("bin/watt-ledger", cmd)
	if err != nil {
		return nil, err
	}
	cleanup(p.stop)
	p.url = "http://" + addr
	return p, p.waitHTTP(p.url + "/healthz")
}

// export writes the static site with bin/watt-ledger export.
func export(dir, base string) error {
	args := []string{"export", "-out", dir}
	if base != "" {
		args = append(args, "-base", base)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, suite.bin, args...)
	cmd.Dir = suite.root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("bin/watt-ledger %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	if suite.nginx == "" {
		return nil
	}
	// As `make static` does: the .br and .gz siblings nginx serves. web/'s
	// were copied with it (app.wasm's included).
	cmd = exec.CommandContext(ctx, filepath.Join(suite.root, "scripts", "compress.sh"), "--text", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("scripts/compress.sh --text %s: %w\n%s", dir, err, out)
	}
	return nil
}

// findNginx sets suite.nginx. The static export is served by nginx, as in
// production; without nginx, CI=true fails, and elsewhere python3's
// http.server stands in (without the headers and the compressed siblings:
// the tests of those skip) after a clear message.
func findNginx() error {
	if p, err := exec.LookPath("nginx"); err == nil {
		suite.nginx = p
	} else if p, err := exec.LookPath("/usr/sbin/nginx"); err == nil {
		suite.nginx = p
	}
	if suite.nginx != "" {
		return nil
	}
	suite.noNginx = "nginx not found (apt-get install nginx libnginx-mod-http-brotli-static)"
	if os.Getenv("CI") == "true" {
		return fmt.Errorf("CI=true: the static export must be tested under nginx: %s", suite.noNginx)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		return fmt.Errorf("%s, and python3 is missing too: %v", suite.noNginx, err)
	}
	fmt.Fprintf(os.Stderr, "browsertest: %s: serving the static export with python3 -m http.server; the tests of nginx's headers skip\n", suite.noNginx)
	return nil
}

// requireNginx skips a test of what only the production host does.
func requireNginx(t *testing.T) {
	t.Helper()
	if suite.nginx == "" {
		t.Skip(suite.noNginx)
	}
}

// startStatic serves dir on a free port, with nginx configured by
// `watt-ledger nginx-conf` from the export's _headers (the export is at
// dir+probe), or with python3 -m http.server when nginx is missing, and
// waits until probe (a path) answers.
func startStatic(cleanup func(func()), dir, probe string) (*proc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	var p *proc
	if suite.nginx == "" {
		cmd := exec.Command("python3", "-m", "http.server", strconv.Itoa(port), "--bind", "127.0.0.1", "--directory", dir)
		if p, err = startProc("python3 -m http.server", cmd); err != nil {
			return nil, err
		}
	} else {
		run, err := os.MkdirTemp("", "watt-ledger-nginx-")
		if err != nil {
			return nil, err
		}
		cleanup(func() { os.RemoveAll(run) })
		if p, err = startNginx(dir, filepath.Join(dir, filepath.FromSlash(probe)), addr, run); err != nil {
			return nil, err
		}
	}
	cleanup(p.stop)
	p.url = "http://" + addr
	return p, p.waitHTTP(p.url + probe)
}

// startNginx runs nginx in the foreground, as this user, with its pid,
// log and temporary files in run.
func startNginx(root, dist, addr, run string) (*proc, error) {
	text, err := exec.Command(suite.bin, "nginx-conf", "-dist", dist, "-root", root, "-standalone", run, "-listen", addr).Output()
	if err != nil {
		return nil, fmt.Errorf("watt-ledger nginx-conf: %w", err)
	}
	file := filepath.Join(run, "nginx.conf")
	if err := os.WriteFile(file, text, 0o644); err != nil {
		return nil, err
	}
	return startProc("nginx", exec.Command(suite.nginx, "-c", file, "-p", run, "-e", filepath.Join(run, "error.log")))
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append([]byte(nil), t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
