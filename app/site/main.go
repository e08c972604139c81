package site

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/server"
)

// Main runs one host command; args excludes the program name:
//
//	watt-ledger [-addr :8000] [-web web]                                        serve
//	watt-ledger export [-out dist] [-base /watt-ledger] [-web web] [-site https://…]   write the static site
//	watt-ledger site-files [-out web] [-site https://…]                         write sitemap.xml and robots.txt
//	watt-ledger nginx-conf [-dist dist] [-listen 80] [-standalone DIR]          nginx's configuration for the static export
func Main(args []string) error {
	log.SetFlags(0)
	log.SetPrefix(fmt.Sprintf("[%d] ", os.Getpid()))
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return exportStatic(args[1:])
		case "site-files":
			return writeSiteFilesCommand(args[1:])
		case "nginx-conf":
			return nginxConfCommand(args[1:], os.Stdout)
		}
	}
	return serve(args)
}

// serve runs the hardened server (package server) in front of the site's
// pages until SIGTERM or SIGINT.
func serve(args []string) error {
	cfg, err := server.ConfigFromEnv(args)
	if err != nil {
		return err
	}
	s, err := newSite(cfg.WebDir, siteURL(), app.LocalDir(""))
	if err != nil {
		return err
	}
	cfg.Version = s.version
	if err := startDebug(); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	log.Printf("Watt Ledger %s on %s", s.version, cfg.Addr)
	front := server.Handler(cfg, s.pages,
		server.WithPages(pagePaths()...),
		server.WithEmbedPages(embedPaths()...),
		server.WithAccessLog(os.Stderr),
	)
	// The first prerender of a link in a process is slow (go-app's and the
	// charts' first use): done now, it keeps the first visitors, and the
	// overload answers queued behind it, from waiting for it.
	get(front, "/?preset="+estimate.DefaultPreset)
	return server.Serve(ctx, cfg, front)
}
