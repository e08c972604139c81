package content

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
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

// messages are the texts of each language, read from the catalogue on
// first use: a page in one language never decodes the other's.
var messages = map[Lang]func() map[string]string{
	English: sync.OnceValue(func() map[string]string { return mustLoadTexts(English) }),
	Chinese: sync.OnceValue(func() map[string]string { return mustLoadTexts(Chinese) }),
}

func mustLoadTexts(l Lang) map[string]string {
	c, err := loadCatalogue(l)
	if err != nil {
		panic(err)
	}
	if l == English {
		return c.en
	}
	texts := make(map[string]string, len(c.zh))
	for k, e := range c.zh {
		texts[k] = e.Text
	}
	return texts
}

// textsOf is l's messages; any language but Chinese reads English.
func textsOf(l Lang) map[string]string {
	if l == Chinese {
		return messages[Chinese]()
	}
	return messages[English]()
}

// loadCatalogue reads the catalogue files of the given languages (all of
// them when none is given).
func loadCatalogue(langs ...Lang) (*Catalogue, error) {
	c := &Catalogue{en: map[string]string{}, zh: map[string]zhEntry{}}
	wanted := func(l Lang) bool { return len(langs) == 0 || slices.Contains(langs, l) }
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
			if !wanted(English) {
				continue
			}
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
			if !wanted(Chinese) {
				continue
			}
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
	s, ok := textsOf(l)[key]
	if !ok {
		return key
	}
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	return fill(s, args)
}

// fill replaces each {name} in s by the value after name in args (pairs of
// name, value); an unknown {name} stays as it is. One pass, and no
// strings.Replacer: T runs for every label of every render.
func fill(s string, args []string) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		end += open
		b.WriteString(s[:open])
		name, value, found := s[open+1:end], "", false
		for i := 0; i+1 < len(args); i += 2 {
			if args[i] == name {
				value, found = args[i+1], true
				break
			}
		}
		if found {
			b.WriteString(value)
		} else {
			b.WriteString(s[open : end+1])
		}
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// Has reports whether key exists in language l.
func (l Lang) Has(key string) bool {
	_, ok := textsOf(l)[key]
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
