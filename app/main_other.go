//go:build !wasm

package main

import (
	"log"
	"os"

	"wattledger/app/site"
)

// main runs on the host: it serves the site, or writes the static export
// or the sitemap (site.Main lists the commands).
func main() {
	if err := site.Main(os.Args[1:]); err != nil {
		log.Fatal(err)
	}
}
