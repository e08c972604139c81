// Command notes prints, as JSON, the English table notes that have no
// Chinese translation yet, keyed by the hash notes.zh.json uses, so a
// translator can fill them in:
//
//	go run ./tools/i18nnotes > /tmp/missing.json
package main

import (
	"encoding/json"
	"os"

	"wattledger/content"
)

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(content.UntranslatedNotes()); err != nil {
		os.Exit(1)
	}
}
