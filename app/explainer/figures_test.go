package explainer

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"wattledger/content"
)

var update = flag.Bool("update", false, "rewrite the golden renderings in testdata")

// bareNumber is a figure with no unit: "119", "2.24万", "4.5 billion".
var bareNumber = regexp.MustCompile(`^[\d.,]+( ?(万亿|万|亿|million|billion|trillion))?$`)

// bareFraction is a share written as a decimal: "0.76".
var bareFraction = regexp.MustCompile(`^0\.\d+$`)

// rateWords are the "per" parts of a unit; a sentence that says one next to
// a figure whose unit already says it has it twice ("每年用电约每年…",
// "1,060 kWh a year a year").
var rateWords = map[content.Lang][]string{
	content.English: {"a year", "a day", "per year", "per day", "per person"},
	content.Chinese: {"每年", "每天", "每人", "每千瓦时", "每兆瓦", "每秒"},
}

// unitWords are units that must not be repeated right beside a figure.
var unitWords = map[content.Lang][]string{
	content.English: {"kWh", "MWh", "GWh", "TWh", "Wh", "MW", "GW", "kW", "W", "%", "hours", "days", "years", "household-years", "person-years", "accelerators"},
	content.Chinese: {"千瓦时", "瓦时", "兆瓦", "吉瓦", "千瓦", "瓦", "%", "小时", "天", "年", "户·年", "人·年", "块加速卡", "二氧化碳当量"},
}

// clauseStops end a clause: a rate word in the same clause as a figure
// qualifies that figure.
const clauseStops = "，。；：！？（）,.;:!?()"

// checkFigures reports every figure in d that reads wrong: a range shown as
// one number, a fraction where a share is meant, a figure without its unit,
// and a unit written twice.
func checkFigures(l content.Lang, d Doc) []string {
	var bad []string
	check := func(in []Inline) {
		for i, f := range in {
			if f.Kind != Number && f.Kind != Value {
				continue
			}
			before, after := "", ""
			if i > 0 && in[i-1].Kind == Text {
				before = in[i-1].Text
			}
			if i+1 < len(in) && in[i+1].Kind == Text {
				after = in[i+1].Text
			}
			if p := badFigure(l, f, before, after); p != "" {
				bad = append(bad, p+": "+strings.TrimSpace(lastClause(before))+"⟦"+f.Text+"⟧"+firstClause(after))
			}
		}
	}
	for _, b := range d.Blocks {
		check(b.Inlines)
		for _, item := range b.Items {
			check(item)
		}
	}
	return bad
}

func badFigure(l content.Lang, f Inline, before, after string) string {
	text := f.Text
	switch {
	case f.Ranged && f.Form != "centre" && f.Form != "percent" && !strings.Contains(text, content.RangeSeparator(l)):
		return "a range shown as one number"
	case bareFraction.MatchString(text):
		return "a fraction where a share is meant"
	case bareNumber.MatchString(text) && !(f.Kind == Value && f.Unit == "" && f.Form == ""):
		return "a figure without its unit"
	}
	for _, w := range rateWords[l] {
		if strings.Contains(text, w) && (strings.Contains(lastClause(before), w) || strings.Contains(firstClause(after), w)) {
			return "a unit written twice (" + w + ")"
		}
	}
	for _, w := range unitWords[l] {
		a := strings.TrimLeft(after, " ")
		if strings.HasSuffix(text, w) && strings.HasPrefix(a, w) && !startsWord(a[len(w):]) {
			return "a unit written twice (" + w + ")"
		}
	}
	return ""
}

// startsWord reports whether s continues a word, so "W" before "Wh" or
// "MW" before "MWh" is not read as a repeated unit.
func startsWord(s string) bool {
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}

func lastClause(s string) string {
	if i := strings.LastIndexAny(s, clauseStops); i >= 0 {
		_, size := firstRune(s[i:])
		return s[i+size:]
	}
	return s
}

func firstClause(s string) string {
	if i := strings.IndexAny(s, clauseStops); i >= 0 {
		return s[:i]
	}
	return s
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func TestEveryRenderedFigureReadsRight(t *testing.T) {
	for _, name := range []string{"article", "glossary"} {
		for _, l := range content.Langs {
			d, _, err := render(l, name)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range checkFigures(l, d) {
				t.Errorf("%s (%s): %s", name, l, p)
			}
		}
	}
}

// TestFigureChecksCatchTheIssuesDefects feeds the checks the figures the
// issue found broken, so the test above cannot pass by checking nothing.
func TestFigureChecksCatchTheIssuesDefects(t *testing.T) {
	v := func(text string) Inline { return Inline{Kind: Value, Text: text, Unit: "kWh"} }
	for _, tt := range []struct {
		name string
		l    content.Lang
		in   []Inline
	}{
		{"a PUE range as its centre", content.Chinese, []Inline{{Text: "PUE可能落在"}, {Kind: Value, Text: "1.2", Ranged: true}, {Text: "之间"}}},
		{"a projection's range as one number", content.English, []Inline{{Text: "the range is "}, {Kind: Value, Text: "452.5 TWh", Ranged: true}}},
		{"每年 twice", content.Chinese, []Inline{{Text: "每年用电约"}, v("每年1.072万千瓦时")}},
		{"a year twice", content.English, []Inline{{Text: "uses about "}, v("10,790 kWh a year"), {Text: " of electricity a year."}}},
		{"每千瓦时 twice", content.Chinese, []Inline{{Text: "平均每千瓦时电对应"}, v("每千瓦时473克二氧化碳当量")}},
		{"a unit repeated after the figure", content.English, []Inline{v("1,287 MWh"), {Text: " MWh of electricity"}}},
		{"household-years without a unit", content.Chinese, []Inline{{Text: "相当于"}, {Kind: Number, Text: "120.3"}, {Text: "的美国家庭用电"}}},
		{"a count in 万 without a unit", content.Chinese, []Inline{{Kind: Number, Text: "9.4万"}, {Text: "的居民生活用电"}}},
		{"a share as a decimal", content.English, []Inline{{Text: "about "}, {Kind: Value, Text: "0.76"}, {Text: " of their rated power"}}},
		{"a plant's share as a decimal", content.Chinese, []Inline{{Text: "平均出力的"}, {Kind: Number, Text: "0.012"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkFigures(tt.l, Doc{Blocks: []Block{{Kind: Paragraph, Inlines: tt.in}}}); len(got) == 0 {
				t.Error("passed")
			}
		})
	}
	ok := []Inline{{Text: "a PUE of "}, {Kind: Value, Text: "1.1"}, {Text: ", and "}, {Kind: Value, Text: "1.1–1.4", Ranged: true, Form: "range"}, {Text: " at most; "}, v("1,287 MWh"), {Text: " in all"}}
	if got := checkFigures(content.English, Doc{Blocks: []Block{{Kind: Paragraph, Inlines: ok}}}); len(got) > 0 {
		t.Errorf("good figures flagged: %v", got)
	}
}

// TestRenderedArticlesMatchGoldens keeps a reviewed rendering of every
// block of both texts in both languages; a change to the data, the model or
// the formatters that moves a figure in the prose shows up as a diff to
// read. Regenerate with go test ./app/explainer -update.
func TestRenderedArticlesMatchGoldens(t *testing.T) {
	for _, name := range []string{"article", "glossary"} {
		for _, l := range content.Langs {
			d, _, err := render(l, name)
			if err != nil {
				t.Fatal(err)
			}
			got := renderPlain(d)
			path := filepath.Join("testdata", name+"."+string(l)+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				_ = os.WriteFile(path+".got", []byte(got), 0o644)
				t.Errorf("%s differs from the rendering; the new one is in %s.got (go test -update to accept)", path, path)
			}
		}
	}
}

// renderPlain writes a Doc as text with each figure and citation in ⟦⟧,
// one block to a paragraph, for reading and diffing.
func renderPlain(d Doc) string {
	var b strings.Builder
	line := func(in []Inline) {
		for _, i := range in {
			text := i.Text
			if i.Bold {
				text = "**" + text + "**"
			}
			if i.Kind != Text {
				text = "⟦" + text + "⟧"
			}
			b.WriteString(text)
		}
		b.WriteString("\n")
	}
	prefix := map[BlockKind]string{Title: "# ", Heading: "## ", Term: "### "}
	for _, blk := range d.Blocks {
		b.WriteString(prefix[blk.Kind])
		if blk.Kind != List {
			line(blk.Inlines)
		}
		for _, item := range blk.Items {
			b.WriteString("- ")
			line(item)
		}
		b.WriteString("\n")
	}
	return b.String()
}
