//go:build !wasm

package main

import (
	"context"
	_ "embed"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/server"
)

//go:embed service-worker.js
var serviceWorkerJS string

// runHost serves the app, or with "export" writes the static site:
//
//	app [-addr :8000] [-web web]
//	app export [-out dist] [-base /watt-ledger] [-web web] [-site https://…]
//	app site-files [-out web] [-site https://…]   (sitemap.xml, robots.txt)
func runHost() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "export" {
		if err := runExport(args[1:]); err != nil {
			log.Fatal(err)
		}
		return
	}
	if len(args) > 0 && args[0] == "site-files" {
		if err := runSiteFiles(args[1:]); err != nil {
			log.Fatal(err)
		}
		return
	}
	cfg, err := server.ConfigFromEnv(args)
	if err != nil {
		log.Fatal(err)
	}
	version, err := buildVersion(cfg.WebDir)
	if err != nil {
		log.Fatal(err)
	}
	cfg.Version = version
	h := newHandler(version, app.LocalDir(""))
	h.WasmContentLength = wasmLength(cfg.WebDir)
	h.Domain = siteDomain(siteURL())
	canonicalBase = siteURL()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	log.Printf("Watt Ledger %s on %s", version, cfg.Addr)
	if err := server.Serve(ctx, cfg, siteHandler(cfg, h)); err != nil {
		log.Fatal(err)
	}
}

// wasmLength is app.wasm's uncompressed size: go-app's loader shows
// progress against it, since the compressed transfer's length differs.
func wasmLength(webDir string) string {
	st, err := os.Stat(webDir + "/app.wasm")
	if err != nil {
		return ""
	}
	return strconv.FormatInt(st.Size(), 10)
}

// pagePaths lists every page path, with and without the trailing slash.
func pagePaths() []string {
	var out []string
	for _, r := range pageRoutes {
		out = append(out, r.Path)
	}
	return out
}

// embedPaths lists the pages other sites may frame.
func embedPaths() []string {
	var out []string
	for _, r := range pageRoutes {
		if r.Kind == kindEmbed {
			out = append(out, r.Path)
		}
	}
	return out
}

func init() {
	if app.IsServer {
		log.SetFlags(0)
		log.SetPrefix(fmt.Sprintf("[%d] ", os.Getpid()))
	}
}
