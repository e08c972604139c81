// Package glyphs lists every character a Watt Ledger chart can draw. The font
// subset generator (../../cmd/fontgen) and the font coverage test both call Needed,
// so the embedded font and the test can never disagree about what is needed.
package glyphs

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Charts draw three kinds of text: catalogue messages (content/i18n/chart.*.json,
// and the chart.* keys of the other areas' catalogues, such as power.*.json),
// country names (content/data/countries.csv, which callers pass as grid and
// rung names) and text the chart code makes itself: numbers, units and the
// punctuation below. Preset model names are ASCII.
const (
	catalogueEN = "content/i18n/chart.en.json"
	catalogueZH = "content/i18n/chart.zh.json"
	countries   = "content/data/countries.csv"
	// made holds what the chart code and the content functions it calls
	// (content.Number, content.Energy, content.Power: 万/亿/万亿, 千瓦时, 瓦时
	// and 兆瓦, "—" for a
	// missing number; English words are ASCII) write outside catalogues, and
	// typographic marks that data files may use.
	made = "0123456789万亿千兆瓦时−–—×·•…%‰±≈~<>‘’“”′″°，。、；：！？（）《》「」"
)

// Needed returns, sorted and without repeats, every rune a chart can draw.
// root is the repository root.
func Needed(root string) ([]rune, error) {
	set := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			if r >= ' ' {
				set[r] = true
			}
		}
	}
	for r := rune(' '); r <= '~'; r++ { // all of printable ASCII
		set[r] = true
	}
	add(made)

	var en map[string]string
	if err := readJSON(filepath.Join(root, catalogueEN), &en); err != nil {
		return nil, err
	}
	for _, s := range en {
		add(s)
	}
	var zh map[string]struct{ Text string }
	if err := readJSON(filepath.Join(root, catalogueZH), &zh); err != nil {
		return nil, err
	}
	for _, e := range zh {
		add(e.Text)
	}

	// Other areas' catalogues hold the chart.* messages of their own
	// charts (power.*.json: the planner's).
	others, err := filepath.Glob(filepath.Join(root, "content/i18n/*.json"))
	if err != nil {
		return nil, err
	}
	for _, path := range others {
		switch filepath.Base(path) {
		case filepath.Base(catalogueEN), filepath.Base(catalogueZH):
			continue
		}
		var m map[string]json.RawMessage
		if err := readJSON(path, &m); err != nil {
			return nil, err
		}
		for key, raw := range m {
			if !strings.HasPrefix(key, "chart.") {
				continue
			}
			var text string
			if json.Unmarshal(raw, &text) != nil {
				var e struct{ Text string }
				if err := json.Unmarshal(raw, &e); err != nil {
					return nil, fmt.Errorf("%s: %s: %w", path, key, err)
				}
				text = e.Text
			}
			add(text)
		}
	}

	names, err := countryNames(filepath.Join(root, countries))
	if err != nil {
		return nil, err
	}
	for _, s := range names {
		add(s)
	}

	runes := make([]rune, 0, len(set))
	for r := range set {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	return runes, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// countryNames returns the name_en and name_zh cells of countries.csv.
func countryNames(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	var cols []int
	for i, h := range rows[0] {
		if h == "name_en" || h == "name_zh" {
			cols = append(cols, i)
		}
	}
	if len(cols) != 2 {
		return nil, fmt.Errorf("%s: want name_en and name_zh columns", path)
	}
	var names []string
	for _, row := range rows[1:] {
		for _, c := range cols {
			names = append(names, row[c])
		}
	}
	return names, nil
}
