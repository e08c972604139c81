package content

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
)

// The catalogues are split by area (calculator, chart, article …) so that
// people working on different parts do not edit one file. Each area has
// AREA.en.json, a flat object of key → English text, and AREA.zh.json, whose
// entries also record the hash of the English text they translate: when the
// English changes, the stored hash no longer matches and a test names the
// stale translation. catalogue_gen.go holds the texts as Go
// (go run ./content/cmd/tablegen), so that no visitor's browser decodes
// the JSON.

// messages are the texts of each language, built on first use: a page in
// one language never builds the other's.
var messages = map[Lang]func() map[string]string{
	English: sync.OnceValue(englishTexts),
	Chinese: sync.OnceValue(chineseTexts),
}

// textsOf is l's messages; any language but Chinese reads English.
func textsOf(l Lang) map[string]string {
	if l == Chinese {
		return messages[Chinese]()
	}
	return messages[English]()
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
