package explainer

import (
	"fmt"
	"sync"

	"wattledger/content"
)

// Article returns the explainer in language l, resolved. Both languages
// are resolved on first use and kept: the model's outputs for fixed
// queries do not change while the app runs.
func Article(l content.Lang) (Doc, error) { return cached(l, "article") }

// Glossary returns the glossary in language l.
func Glossary(l content.Lang) (Doc, error) { return cached(l, "glossary") }

var (
	cacheMu sync.Mutex
	cache   = map[string]Doc{}
)

func cached(l content.Lang, name string) (Doc, error) {
	key := name + "." + string(l)
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if d, ok := cache[key]; ok {
		return d, nil
	}
	d, _, err := render(l, name)
	if err != nil {
		return Doc{}, err
	}
	cache[key] = d
	return d, nil
}

// render parses and resolves one text, returning the sources it cites.
func render(l content.Lang, name string) (Doc, map[string]bool, error) {
	src, err := content.ArticleText(name, l)
	if err != nil {
		return Doc{}, nil, err
	}
	r := newResolver(l)
	d, err := parse(src, r)
	if err != nil {
		return Doc{}, nil, fmt.Errorf("%s (%s): %w", name, l, err)
	}
	return d, r.cited, nil
}
