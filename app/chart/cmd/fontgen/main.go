// Command fontgen makes the chart font: the subset of Noto Sans CJK SC that
// covers every character a chart can draw (see ../../internal/glyphs). It is run from
// app/chart by `go generate ./app/chart` and writes
//
//	app/chart/fonts/runes.txt                the characters, for review
//	app/chart/fonts/noto-sans-sc-subset.otf  embedded; Go measures text with it
//	web/fonts/noto-sans-sc-subset.woff2      the same glyphs for the browser
//
// It needs Debian's fonts-noto-cjk and fonttools (pyftsubset) with brotli for
// WOFF2. The outlines stay CFF: golang.org/x/image/font/sfnt parses CID-keyed
// CFF, and the test checks it. Both files are cut with the same options so
// that the advance widths Go uses to lay out text are the ones the browser
// draws with; layout features (GPOS kerning, GSUB) are dropped for the same
// reason, since sfnt applies neither and the browser would apply both.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"golang.org/x/image/font/sfnt"

	"wattledger/app/chart/internal/glyphs"
)

const (
	collection = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	// faceSC is the index of "Noto Sans CJK SC" in the collection (0 JP,
	// 1 KR, 2 SC, 3 TC, 4 HK, then the Mono faces); main checks the name.
	faceSC     = 2
	wantFamily = "Noto Sans CJK SC"

	root      = "../.."
	runesFile = "fonts/runes.txt"
	otfFile   = "fonts/noto-sans-sc-subset.otf"
	woff2File = root + "/web/fonts/noto-sans-sc-subset.woff2"
)

func main() {
	log.SetFlags(0)
	runes, err := glyphs.Needed(root)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(runesFile, runeLines(runes), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := subset(otfFile); err != nil {
		log.Fatal(err)
	}
	if err := subset(woff2File, "--flavor=woff2"); err != nil {
		log.Fatal(err)
	}
	if err := checkFamily(otfFile); err != nil {
		log.Fatal(err)
	}
	for _, f := range []string{otfFile, woff2File} {
		info, err := os.Stat(f)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d runes, %d bytes\n", filepath.Clean(f), len(runes), info.Size())
	}
}

// runeLines writes 40 runes a line so that a diff of runes.txt shows which
// characters came or went.
func runeLines(runes []rune) []byte {
	var b bytes.Buffer
	for i, r := range runes {
		b.WriteRune(r)
		if i%40 == 39 || i == len(runes)-1 {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func subset(out string, extra ...string) error {
	args := append([]string{
		collection,
		fmt.Sprintf("--font-number=%d", faceSC),
		"--text-file=" + runesFile,
		"--layout-features=",       // no kerning or substitution, see the package comment
		"--no-hinting",             // charts are drawn as vectors at many sizes
		"--desubroutinize",         // smaller after WOFF2/brotli, simpler for sfnt
		"--notdef-outline",         // a missing glyph shows as a box, not nothing
		"--name-IDs=0,1,2,3,4,5,6", // keep copyright, family and licence-relevant names
		"--output-file=" + out,
	}, extra...)
	cmd := exec.Command("pyftsubset", args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pyftsubset %s: %w", out, err)
	}
	return nil
}

// checkFamily makes sure faceSC still picks the Simplified Chinese face.
func checkFamily(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	name, err := f.Name(nil, sfnt.NameIDFamily)
	if err != nil {
		return err
	}
	if name != wantFamily {
		return fmt.Errorf("%s: family %q, want %q: update faceSC", path, name, wantFamily)
	}
	return nil
}
