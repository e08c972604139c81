//go:build wasm

package server

import (
	"context"
	"errors"
	"net/http"
)

// The browser build never serves; these stubs let a main.go shared by both
// builds compile without linking the server into app.wasm.

var errBrowser = errors.New("server: not available in the browser")

func ConfigFromEnv([]string) (Config, error)                         { return Config{}, errBrowser }
func Handler(_ Config, pages http.Handler, _ ...Option) http.Handler { return pages }
func Serve(context.Context, Config, http.Handler) error              { return errBrowser }
