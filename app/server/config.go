//go:build !wasm

package server

import (
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
)

// ConfigFromEnv reads the listen address and web directory. The address
// comes from the -addr flag, else WATT_ADDR, else PORT (as ":PORT", the
// convention of container platforms), else ":8000". args excludes the
// program name (os.Args[1:]); unknown flags are an error.
func ConfigFromEnv(args []string) (Config, error) {
	addr := os.Getenv("WATT_ADDR")
	if addr == "" {
		if port := os.Getenv("PORT"); port != "" {
			addr = ":" + port
		}
	}
	cfg := Config{}.withDefaults()
	if addr != "" {
		cfg.Addr = addr
	}
	fs := flag.NewFlagSet("wattledger", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address, host:port")
	fs.StringVar(&cfg.WebDir, "web", cfg.WebDir, "directory served as /web/")
	if err := fs.Parse(args); err != nil {
		return Config{}, fmt.Errorf("server: %w", err)
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("server: unexpected argument %q", fs.Arg(0))
	}
	_, port, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return Config{}, fmt.Errorf("server: address %q: %w", cfg.Addr, err)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return Config{}, fmt.Errorf("server: address %q: bad port", cfg.Addr)
	}
	return cfg, nil
}
