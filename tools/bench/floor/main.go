// Command floor is the smallest go-app page: the bench's baseline for a
// cold load. It is one component that sets <html data-app="ready"> when it
// mounts, built like the real app (GOOS=js GOARCH=wasm, -trimpath
// -ldflags='-s -w') and served through the same wattledger/app/server
// Handler (precompressed app.wasm, same headers), so that the ratio of
// the real app's cold load to this one is the cost of the app itself.
//
//	floor [-addr 127.0.0.1:8001] [-web web]   (from the directory holding web/)
package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/server"
)

type hello struct{ app.Compo }

func (h *hello) OnMount(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	})
}

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().ID("hello").Text("Hello, floor"))
}

func main() {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "go-main") // as the app does
	}
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()

	cfg, err := server.ConfigFromEnv(os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
	cfg.Version = "floor"
	h := &app.Handler{
		Name:                    "Floor",
		Title:                   "Floor",
		Icon:                    app.Icon{Default: "/web/icon-192.png"}, // go-app's default is remote
		Version:                 cfg.Version,
		WasmContentLengthHeader: "X-Wasm-Length",
	}
	if st, err := os.Stat(cfg.WebDir + "/app.wasm"); err == nil {
		h.WasmContentLength = strconv.FormatInt(st.Size(), 10)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := server.Serve(ctx, cfg, server.Handler(cfg, h, server.WithPages("/"))); err != nil {
		log.Fatal(err)
	}
}
