// Command i18nstamp records, in a Chinese catalogue file, the hash of the
// English text each entry translates. Run it only after checking that the
// Chinese still says what the English says:
//
//	go run ./tools/i18nstamp content/i18n/chart.zh.json
//
// It fills in missing "en" hashes and, with -all, replaces stale ones.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"wattledger/content"
)

func main() {
	all := flag.Bool("all", false, "also replace hashes that no longer match the English")
	flag.Parse()
	for _, zhPath := range flag.Args() {
		if err := stamp(zhPath, *all); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

type entry struct {
	Text string `json:"text"`
	EN   string `json:"en"`
}

func stamp(zhPath string, all bool) error {
	enPath := strings.TrimSuffix(zhPath, ".zh.json") + ".en.json"
	var en map[string]string
	if err := readJSON(enPath, &en); err != nil {
		return err
	}
	var zh map[string]entry
	if err := readJSON(zhPath, &zh); err != nil {
		return err
	}
	for k, e := range zh {
		src, ok := en[k]
		if !ok {
			return fmt.Errorf("%s: %q has no English in %s", zhPath, k, enPath)
		}
		if e.EN == "" || all {
			e.EN = content.EnglishHash(src)
			zh[k] = e
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(zh); err != nil {
		return err
	}
	return os.WriteFile(zhPath, buf.Bytes(), 0o644)
}

func readJSON(p string, v any) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}
