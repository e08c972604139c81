package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sentence renders a catalogue text whose {placeholders} are elements,
// not text: a figure of the DOM contract sits inside the sentence that
// explains it, in the order each language puts it. A placeholder without
// an element stays as written, for the catalogue test to catch.
func sentence(text string, parts map[string]app.UI) []app.UI {
	var out []app.UI
	for text != "" {
		i := strings.IndexByte(text, '{')
		j := strings.IndexByte(text[max(i, 0):], '}') + max(i, 0)
		if i < 0 || j <= i {
			break
		}
		el, ok := parts[text[i+1:j]]
		if !ok {
			out = append(out, app.Text(text[:j+1]))
			text = text[j+1:]
			continue
		}
		if i > 0 {
			out = append(out, app.Text(text[:i]))
		}
		out = append(out, el)
		text = text[j+1:]
	}
	if text != "" {
		out = append(out, app.Text(text))
	}
	return out
}

// figure is a number inside a sentence; with a data attribute (name and
// value both set) it is part of the DOM contract.
func figure(id, name, value, text string) app.UI {
	s := app.Span().Class("figure").Text(text)
	if id != "" {
		s = s.ID(id)
	}
	if name != "" && value != "" {
		s = s.Attr("data-"+name, value)
	}
	return s
}
