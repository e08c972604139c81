//go:build !wasm

package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"syscall"
)

// Serve listens on cfg.Addr and serves h until ctx is done or the process
// gets SIGINT or SIGTERM; then it stops accepting connections and lets
// in-flight requests finish within cfg.ShutdownTimeout before closing them.
// It returns nil after a clean shutdown.
func Serve(ctx context.Context, cfg Config, h http.Handler) error {
	cfg = cfg.withDefaults()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	return serveSignals(ctx, cfg, h, ln)
}

// maxHeaderBytes is the most a request line and its headers may take.
const maxHeaderBytes = 16 << 10

// serveSignals serves on ln; split out so tests can listen on port 0.
func serveSignals(ctx context.Context, cfg Config, h http.Handler, ln net.Listener) error {
	cfg = cfg.withDefaults()
	// Catch the signals before serving: a SIGTERM must start a graceful
	// shutdown, not kill the process with requests in flight.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		// Requests carry no cookies nor bodies: 16 KiB of headers is
		// plenty. net/http allows 4 KiB beyond MaxHeaderBytes.
		MaxHeaderBytes: maxHeaderBytes - 4<<10,
		// net/http answers "OPTIONS *" itself, without the security
		// headers; the handler answers it as any method but GET and HEAD.
		DisableGeneralOptionsHandler: true,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}
