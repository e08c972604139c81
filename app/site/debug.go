package site

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/ on http.DefaultServeMux
	"os"
	"strings"
	"time"
)

// startDebug serves http.DefaultServeMux (expvar's /debug/vars, with the
// overload counter, and pprof's /debug/pprof/) on WATT_DEBUG_ADDR, if set.
// The public server never uses DefaultServeMux; this listener must stay
// on loopback, so any other address is refused.
func startDebug() error {
	addr := os.Getenv("WATT_DEBUG_ADDR")
	if addr == "" {
		return nil
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("WATT_DEBUG_ADDR: %w", err)
	}
	if ip := net.ParseIP(host); !strings.EqualFold(host, "localhost") && (ip == nil || !ip.IsLoopback()) {
		return errors.New("WATT_DEBUG_ADDR: only a loopback address (127.0.0.1:port, [::1]:port, localhost:port)")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("WATT_DEBUG_ADDR: %w", err)
	}
	log.Printf("debug endpoints on http://%s/debug/vars and /debug/pprof/", ln.Addr())
	srv := &http.Server{Handler: http.DefaultServeMux, ReadHeaderTimeout: 5 * time.Second}
	go func() { log.Printf("debug listener: %v", srv.Serve(ln)) }()
	return nil
}
