package explainer

// BlockKind is the kind of a block of text.
type BlockKind int

// The block kinds the markup supports.
const (
	Title     BlockKind = iota // "# "
	Heading                    // "## ", in the table of contents
	Term                       // "### ", a glossary entry
	Paragraph                  // lines up to a blank line
	List                       // consecutive "- " lines
)

// Block is one block: a heading, a paragraph or a list.
type Block struct {
	Kind BlockKind
	// ID is an anchor for headings and terms, derived from their position.
	ID string
	// Inlines is the text of a heading or paragraph.
	Inlines []Inline
	// Items are a list's items.
	Items [][]Inline
}

// InlineKind says what an inline piece is.
type InlineKind int

// The inline kinds.
const (
	Text     InlineKind = iota
	Number              // a figure computed by the model, linked to the calculator
	Value               // a figure from the tables, linked to its source
	Citation            // a source marker
)

// Inline is a run of text in a paragraph.
type Inline struct {
	Kind InlineKind
	Text string
	Bold bool
	// Query is, for a Number, the calculator inputs it was computed from,
	// as a URL query string re-encoded from parsed inputs.
	Query string
	// Output names, for a Number, which of the model's outputs it shows
	// (energy, co2, run:nuclear …), so a test can find the same figure in
	// the calculator.
	Output string
	// Source is the source id a Value or Citation links to.
	Source string
	// Unit is, for a Value, its table unit ("" for a ratio such as a PUE).
	Unit string
	// Form is how the article asked for a Value: "" (the figure),
	// "range", "centre" or "percent".
	Form string
	// Ranged is true when the figure has a range the text could show.
	Ranged bool
}

// Doc is a parsed, resolved text.
type Doc struct {
	Blocks []Block
}

// Headings returns the table of contents: the ## headings in order.
func (d Doc) Headings() []Block {
	var out []Block
	for _, b := range d.Blocks {
		if b.Kind == Heading {
			out = append(out, b)
		}
	}
	return out
}

// PlainText returns the text without markup, for word counts and tests.
func (d Doc) PlainText() string {
	var s []byte
	add := func(in []Inline) {
		for _, i := range in {
			s = append(s, i.Text...)
		}
		s = append(s, '\n')
	}
	for _, b := range d.Blocks {
		add(b.Inlines)
		for _, item := range b.Items {
			add(item)
		}
	}
	return string(s)
}
