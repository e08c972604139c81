// Command tablegen writes content's generated Go files from its JSON
// catalogues and countries.csv (see content/internal/tablegen). Run it
// from the repository's root after editing any of them:
//
//	go run ./content/cmd/tablegen     (or make generate)
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"wattledger/content/internal/tablegen"
)

func main() {
	dir := flag.String("content", "content", "the content package's directory")
	flag.Parse()
	files, err := tablegen.Generate(*dir)
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range tablegen.Generated {
		if err := os.WriteFile(filepath.Join(*dir, name), files[name], 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
