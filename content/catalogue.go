package content

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
)

// The catalogues are split by area (calculator, chart, article …) so that
// people working on different parts do not edit one file. Each area has
// AREA.en.json, a flat object of key → English text, and AREA.zh.json, whose
// entries also record the hash of the English text they translate: when the
// English changes, the stored hash no longer matches and a test names the
// stale translation.
//
//go:embed i18n/*.json
var catalogueFiles embed.FS

// zhEntry is one Chinese message and the hash of the English it translates.
type zhEntry struct {
	Text string `json:"text"`
	EN   string `json:"en"`
}

// Catalogue holds every message of both languages.
type Catalogue struct {
	en map[string]string
	zh map[string]zhEntry
}

var messages = mustLoadCatalogue()

func mustLoadCatalogue() *Catalogue {
	c, err := loadCatalogue()
	if err != nil {
		panic(err)
	}
	return c
}

func loadCatalogue() (*Catalogue, error) {
	c := &Catalogue{en: map[string]string{}, zh: map[string]zhEntry{}}
	files, err := catalogueFiles.ReadDir("i18n")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		name := f.Name()
		data, err := catalogueFiles.ReadFile(path.Join("i18n", name))
		if err != nil {
			return nil, err
		}
		switch {
		case strings.HasSuffix(name, ".en.json"):
			var m map[string]string
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			for k, v := range m {
				if _, dup := c.en[k]; dup {
					return nil, fmt.Errorf("%s: key %q defined twice", name, k)
				}
				c.en[k] = v
			}
		case strings.HasSuffix(name, ".zh.json"):
			var m map[string]zhEntry
			if err := json.Unmarshal(data, &m); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			for k, v := range m {
				if _, dup := c.zh[k]; dup {
					return nil, fmt.Errorf("%s: key %q defined twice", name, k)
				}
				c.zh[k] = v
			}
		default:
			return nil, fmt.Errorf("i18n/%s: catalogue files end in .en.json or .zh.json", name)
		}
	}
	return c, nil
}

// EnglishHash is the short hash a Chinese entry stores of the English text it
// translates.
func EnglishHash(english string) string {
	sum := sha256.Sum256([]byte(english))
	return hex.EncodeToString(sum[:4])
}

// T returns the message key in language l with its {placeholders} replaced
// by the name/value pairs in args: T(English, "result.energy", "value", "1,287 MWh").
// A missing key returns the key itself so that a gap is visible, never blank;
// tests make sure no key is missing.
func (l Lang) T(key string, args ...string) string {
	var s string
	var ok bool
	if l == Chinese {
		var e zhEntry
		e, ok = messages.zh[key]
		s = e.Text
	} else {
		s, ok = messages.en[key]
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// Has reports whether key exists in language l.
func (l Lang) Has(key string) bool {
	if l == Chinese {
		_, ok := messages.zh[key]
		return ok
	}
	_, ok := messages.en[key]
	return ok
}

// Keys lists every key of language l, sorted.
func (c *Catalogue) keys(l Lang) []string {
	var ks []string
	if l == Chinese {
		for k := range c.zh {
			ks = append(ks, k)
		}
	} else {
		for k := range c.en {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}
