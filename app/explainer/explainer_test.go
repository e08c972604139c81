package explainer

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"wattledger/content"
)

func TestEveryReferenceResolvesInBothLanguages(t *testing.T) {
	for _, name := range []string{"article", "glossary"} {
		for _, l := range content.Langs {
			d, _, err := render(l, name)
			if err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			if len(d.Blocks) == 0 {
				t.Fatalf("%s %s is empty", name, l)
			}
		}
	}
}

func TestArticleIsLongEnoughWithSectionsAndNumbers(t *testing.T) {
	en, _, err := render(content.English, "article")
	if err != nil {
		t.Fatal(err)
	}
	zh, _, err := render(content.Chinese, "article")
	if err != nil {
		t.Fatal(err)
	}
	if w := len(strings.Fields(en.PlainText())); w < 1500 {
		t.Errorf("English article has %d words, want at least 1,500", w)
	}
	han := 0
	for _, r := range zh.PlainText() {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < 3000 {
		t.Errorf("Chinese article has %d characters, want at least 3,000", han)
	}
	if len(en.Headings()) < 5 || len(en.Headings()) != len(zh.Headings()) {
		t.Errorf("sections: %d English, %d Chinese", len(en.Headings()), len(zh.Headings()))
	}
	numbers := func(d Doc) int {
		n := 0
		for _, b := range d.Blocks {
			for _, in := range b.Inlines {
				if in.Kind == Number && in.Query != "" {
					n++
				}
			}
		}
		return n
	}
	if numbers(en) < 20 || numbers(zh) < 20 {
		t.Errorf("computed, linked numbers: %d English, %d Chinese", numbers(en), numbers(zh))
	}
}

// typedFigure finds digits in prose outside references that are not years
// (1900–2099) or part of a model's name: a figure typed by hand would not
// follow the model when the data changes.
var typedFigure = regexp.MustCompile(`\d[\d,.]*`)

func TestArticleTypesNoFigures(t *testing.T) {
	allowed := regexp.MustCompile(`^(19|20)\d\d$`)
	for _, l := range content.Langs {
		src, err := content.ArticleText("article", l)
		if err != nil {
			t.Fatal(err)
		}
		prose := regexp.MustCompile(`\{\{[^}]*\}\}`).ReplaceAllString(src, "")
		for _, line := range strings.Split(prose, "\n") {
			for _, m := range typedFigure.FindAllStringIndex(line, -1) {
				fig := strings.TrimRight(line[m[0]:m[1]], ".,")
				before := line[:m[0]]
				if allowed.MatchString(fig) || modelName(before) {
					continue
				}
				t.Errorf("%s: typed figure %q in %q", l, fig, line)
			}
		}
	}
}

// modelName reports whether a digit follows a model or chip name, as in
// "GPT-3", "Llama 3.1", "H100" or "TPU v4".
func modelName(before string) bool {
	for _, suffix := range []string{"GPT-", "Llama ", "OLMo ", "Llama", "DeepSeek-V", "V", "A", "H", "B", "GB", "v", "MI", "T", "Ascend ", "Gaudi ", "Claude ", "Gemini ", "Qwen", "Switch-", "o", "R", "Ai", "昇腾"} {
		if strings.HasSuffix(before, suffix) {
			return true
		}
	}
	return false
}

func TestEverySourceIsCitedSomewhere(t *testing.T) {
	cited := map[string]bool{}
	for _, name := range []string{"article", "glossary"} {
		for _, l := range content.Langs {
			_, c, err := render(l, name)
			if err != nil {
				t.Fatal(err)
			}
			for id := range c {
				cited[id] = true
			}
		}
	}
	if len(cited) < 10 {
		t.Errorf("the article cites only %d sources", len(cited))
	}
	for id := range cited {
		if _, ok := content.SourceByID(id); !ok {
			t.Errorf("cited source %q does not exist", id)
		}
	}
}

func TestBadReferencesAreErrors(t *testing.T) {
	for _, src := range []string{
		"{{calc preset=nope energy}}", "{{calc preset=gpt-3 watts}}", "{{ref nope}}", "{{src nope}}",
		"{{param preset.gpt-3.colour}}", "{{country XXX demand}}", "{{growth speed}}", "{{frobnicate}}",
		"{{calc n=5&preset=gpt-3 energy}}", "unclosed {{ref x", "**bold", "{{calc preset=llama-2-70b power}}",
	} {
		if _, err := parse(src, newResolver(content.English)); err == nil {
			t.Errorf("%q parsed without error", src)
		}
	}
}

func TestParseBlocks(t *testing.T) {
	d, err := parse("# T\n\n## One\n\nA **b** c\nd.\n\n- x\n- y {{ref chatgpt-query-wh centre}}\n\n### Term\n\nE.", newResolver(content.English))
	if err != nil {
		t.Fatal(err)
	}
	kinds := []BlockKind{}
	for _, b := range d.Blocks {
		kinds = append(kinds, b.Kind)
	}
	want := []BlockKind{Title, Heading, Paragraph, List, Term, Paragraph}
	if len(kinds) != len(want) {
		t.Fatalf("blocks %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("blocks %v, want %v", kinds, want)
		}
	}
	p := d.Blocks[2].Inlines
	if p[1].Text != "b" || !p[1].Bold || p[2].Text != " c d." {
		t.Errorf("paragraph inlines %+v", p)
	}
	if it := d.Blocks[3].Items[1]; it[1].Kind != Value || it[1].Text != "0.3 Wh" {
		t.Errorf("list item %+v", it)
	}
}
