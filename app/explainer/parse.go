package explainer

import (
	"fmt"
	"strconv"
	"strings"
)

// parse splits a text into blocks, resolving each reference with r.
func parse(src string, r *resolver) (Doc, error) {
	var doc Doc
	var para []string
	var items [][]Inline
	headings, terms := 0, 0
	flushPara := func() error {
		if len(para) == 0 {
			return nil
		}
		in, err := r.inlines(strings.Join(para, " "))
		if err != nil {
			return err
		}
		doc.Blocks = append(doc.Blocks, Block{Kind: Paragraph, Inlines: in})
		para = nil
		return nil
	}
	flushList := func() {
		if len(items) > 0 {
			doc.Blocks = append(doc.Blocks, Block{Kind: List, Items: items})
			items = nil
		}
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, " \t\r")
		kind, text, isBlock := blockLine(line)
		if !isBlock && line != "" && len(items) == 0 {
			para = append(para, strings.TrimSpace(line))
			continue
		}
		if err := flushPara(); err != nil {
			return Doc{}, fmt.Errorf("line %d: %w", n+1, err)
		}
		if kind != List {
			flushList()
		}
		if line == "" {
			continue
		}
		if !isBlock {
			return Doc{}, fmt.Errorf("line %d: text directly after a list needs a blank line", n+1)
		}
		in, err := r.inlines(text)
		if err != nil {
			return Doc{}, fmt.Errorf("line %d: %w", n+1, err)
		}
		b := Block{Kind: kind, Inlines: in}
		switch kind {
		case Heading:
			headings++
			b.ID = "s" + strconv.Itoa(headings)
		case Term:
			terms++
			b.ID = "g" + strconv.Itoa(terms)
		case List:
			items = append(items, in)
			continue
		}
		doc.Blocks = append(doc.Blocks, b)
	}
	if err := flushPara(); err != nil {
		return Doc{}, err
	}
	flushList()
	return doc, nil
}

// blockLine recognises a line that starts a block of its own.
func blockLine(line string) (BlockKind, string, bool) {
	for _, p := range []struct {
		prefix string
		kind   BlockKind
	}{{"### ", Term}, {"## ", Heading}, {"# ", Title}, {"- ", List}} {
		if strings.HasPrefix(line, p.prefix) {
			return p.kind, strings.TrimSpace(line[len(p.prefix):]), true
		}
	}
	return Paragraph, "", false
}

// inlines splits text into runs: plain text (with **bold**) and references.
func (r *resolver) inlines(text string) ([]Inline, error) {
	var out []Inline
	bold := false
	for text != "" {
		open := strings.Index(text, "{{")
		star := strings.Index(text, "**")
		if open < 0 && star < 0 {
			out = append(out, Inline{Kind: Text, Text: text, Bold: bold})
			break
		}
		if star >= 0 && (open < 0 || star < open) {
			if star > 0 {
				out = append(out, Inline{Kind: Text, Text: text[:star], Bold: bold})
			}
			bold = !bold
			text = text[star+2:]
			continue
		}
		if open > 0 {
			out = append(out, Inline{Kind: Text, Text: text[:open], Bold: bold})
		}
		end := strings.Index(text[open:], "}}")
		if end < 0 {
			return nil, fmt.Errorf("unclosed reference in %q", text[open:])
		}
		ref, err := r.resolve(strings.Fields(text[open+2 : open+end]))
		if err != nil {
			return nil, err
		}
		ref.Bold = bold
		out = append(out, ref)
		text = text[open+end+2:]
	}
	if bold {
		return nil, fmt.Errorf("unclosed ** in %q", text)
	}
	return out, nil
}
