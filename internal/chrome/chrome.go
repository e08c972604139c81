//go:build !js

// Package chrome finds a headless Chromium and starts it for chromedp with
// the flags every browser run of this repository uses (the browser tests
// and the benchmarks): headless, no sandbox, no GPU, no QUIC, no first-run,
// background-networking, component-update or sync traffic, and a fresh
// profile in a temporary directory that Close removes.
package chrome

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Find returns the Chromium to run: $CHROME, else /usr/bin/chromium, else
// chromium or chromium-browser on PATH. It returns "" when there is none.
func Find() string {
	for _, c := range []string{os.Getenv("CHROME"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	return ""
}

// Config says how to start the browser. The zero value is usable.
type Config struct {
	// ExecPath is the browser binary; empty means Find().
	ExecPath string
	// Output receives the browser's stdout and stderr; nil discards them.
	Output io.Writer
	// Width and Height are the window size; zero means 1280×900.
	Width, Height int
	// Lang is the browser's UI and Accept-Language; empty means en-US.
	Lang string
	// Extra are more allocator options, applied last.
	Extra []chromedp.ExecAllocatorOption
}

// Allocator is a chromedp allocator context bound to one profile directory.
// Contexts made from Ctx with chromedp.NewContext share its browser.
type Allocator struct {
	// Ctx is the allocator context: pass it to chromedp.NewContext.
	Ctx context.Context
	// Dir is the profile (user-data) directory, removed by Close.
	Dir string
	// ExecPath is the browser binary used.
	ExecPath string

	cancel context.CancelFunc
}

// New returns an allocator for a headless Chromium with a fresh profile.
// The browser starts at the first chromedp.Run on a context made from
// a.Ctx; Close stops it (waiting for it to exit) and removes the profile.
func New(parent context.Context, cfg Config) (*Allocator, error) {
	path := cfg.ExecPath
	if path == "" {
		path = Find()
	}
	if path == "" {
		return nil, fmt.Errorf("chrome: Chromium not found at $CHROME, /usr/bin/chromium, chromium or chromium-browser (apt-get install chromium)")
	}
	dir, err := os.MkdirTemp("", "watt-ledger-chromium-")
	if err != nil {
		return nil, fmt.Errorf("chrome: %w", err)
	}
	w, h := cfg.Width, cfg.Height
	if w == 0 || h == 0 {
		w, h = 1280, 900
	}
	lang := cfg.Lang
	if lang == "" {
		lang = "en-US"
	}
	out := cfg.Output
	if out == nil {
		out = io.Discard
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], // headless, no-first-run, disable-background-networking, disable-sync …
		chromedp.ExecPath(path),
		chromedp.UserDataDir(dir),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("lang", lang),
		chromedp.WindowSize(w, h),
		chromedp.CombinedOutput(out),
	)
	opts = append(opts, cfg.Extra...)
	ctx, cancel := chromedp.NewExecAllocator(parent, opts...)
	return &Allocator{Ctx: ctx, Dir: dir, ExecPath: path, cancel: cancel}, nil
}

// Close stops the browser, waits for it to exit and removes the profile.
func (a *Allocator) Close() error {
	a.cancel()
	return os.RemoveAll(a.Dir)
}

// Start starts the browser and returns a context for its first tab; the
// browser lives until Close. It fails if the browser does not answer
// before ctx is done (use a timeout of a minute: a cold start on a loaded
// machine can take seconds).
func (a *Allocator) Start(ctx context.Context) (context.Context, error) {
	tab, _ := chromedp.NewContext(a.Ctx) // cancelled with a.Ctx by Close
	done := make(chan error, 1)
	// The first Do starts the browser, whose life is bound to tab, not ctx.
	go func() { done <- chromedp.Do(tab) }()
	select {
	case err := <-done:
		if err != nil {
			return nil, fmt.Errorf("chrome: starting %s: %w", a.ExecPath, err)
		}
		return tab, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("chrome: starting %s: %w", a.ExecPath, ctx.Err())
	}
}
