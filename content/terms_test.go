package content

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readableChinese returns every Chinese text a visitor can read, by where it
// is: the catalogues, the table notes, the article and the glossary (less
// its table of terms, which names the words not to use).
func readableChinese(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	files, _ := filepath.Glob("i18n/*.zh.json")
	notes, _ := filepath.Glob("i18n/notes/*.zh.json")
	for _, f := range append(files, notes...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, raw := range m {
			var entry struct{ Text string }
			var s string
			if json.Unmarshal(raw, &s) == nil {
				out[f+" "+k] = s
			} else if json.Unmarshal(raw, &entry) == nil {
				out[f+" "+k] = entry.Text
			}
		}
	}
	for _, name := range []string{"article", "glossary"} {
		s, err := ArticleText(name, Chinese)
		if err != nil {
			t.Fatal(err)
		}
		if name == "glossary" {
			s, _ = cutTermsTable(s)
		}
		for i, line := range strings.Split(s, "\n") {
			out[name+".zh.md:"+strconv.Itoa(i+1)] = line
		}
	}
	return out
}

// termsHeading starts the glossary's table of the words the Chinese pages
// use; it runs to the next heading.
const termsHeading = "### 本站用语"

// cutTermsTable returns the glossary without its table of terms, and the
// table.
func cutTermsTable(glossary string) (rest, table string) {
	i := strings.Index(glossary, termsHeading)
	if i < 0 {
		return glossary, ""
	}
	table = glossary[i+len(termsHeading):]
	if j := strings.Index(table, "\n### "); j >= 0 {
		table = table[:j]
	}
	return strings.Replace(glossary, termsHeading+table, "", 1), table
}

// bannedTerms reads the words not to use from the glossary's table: in
// each item, the quoted words after 不写 or 不用.
func bannedTerms(t *testing.T) []string {
	t.Helper()
	g, err := ArticleText("glossary", Chinese)
	if err != nil {
		t.Fatal(err)
	}
	_, table := cutTermsTable(g)
	quoted := regexp.MustCompile(`“([^”]+)”`)
	var banned []string
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "- ") {
			continue
		}
		for _, marker := range []string{"不写", "不用"} {
			if _, after, ok := strings.Cut(line, marker); ok {
				for _, m := range quoted.FindAllStringSubmatch(after, -1) {
					banned = append(banned, m[1])
				}
			}
		}
	}
	return banned
}

func TestChineseTextsUseTheGlossarysTerms(t *testing.T) {
	banned := bannedTerms(t)
	for _, must := range []string{"加速器", "GPU小时", "加速卡小时", "碳强度", "风机", "预设", "您"} {
		if !contains(banned, must) {
			t.Errorf("the glossary's table of terms no longer rules out %q", must)
		}
	}
	for where, text := range readableChinese(t) {
		for _, b := range banned {
			if strings.Contains(text, b) {
				t.Errorf("%s uses %q, which the glossary's table of terms rules out: %q", where, b, text)
			}
		}
	}
}

// chinesePunctuation are the house rules for Chinese text (content/STYLE.md):
// full-width punctuation, no space between Chinese and Latin letters,
// digits or placeholders, and "～" for ranges.
var chinesePunctuation = []struct {
	name string
	re   *regexp.Regexp
}{
	{"a half-width mark beside Chinese", regexp.MustCompile(`\p{Han}[,:;?!()]|[,:;?!()]\p{Han}`)},
	{"a space between Chinese and Latin text", regexp.MustCompile(`[\p{Han}，。：；（）、“”！？][ ]+[A-Za-z0-9{]|[A-Za-z0-9}%][ ]+[\p{Han}，。：；（）、“”！？]`)},
	{"a space after full-width punctuation", regexp.MustCompile(`[，。：；！？）”](\*\*)? `)},
	{"an en dash for a range", regexp.MustCompile(`\d\s*[–-]\s*\d[^\d]*\p{Han}|[万亿]\s*[–-]`)},
}

func TestChineseTextsFollowThePunctuationRules(t *testing.T) {
	for where, text := range readableChinese(t) {
		if text == Chinese.T("chart.attribution") {
			continue // the logo's lockup: 瓦特账本 Watt Ledger
		}
		for _, rule := range chinesePunctuation {
			if m := rule.re.FindString(text); m != "" {
				t.Errorf("%s: %s (%q) in %q", where, rule.name, m, text)
			}
		}
	}
}

// TestPunctuationRulesCatchTheIssuesExamples keeps the rules above able to
// fail.
func TestPunctuationRulesCatchTheIssuesExamples(t *testing.T) {
	for _, bad := range []string{"下载数据: ", "**不公开。** 影响力", "范围 {range}", "110万–160万千瓦时"} {
		caught := false
		for _, rule := range chinesePunctuation {
			caught = caught || rule.re.MatchString(bad)
		}
		if !caught {
			t.Errorf("%q passes the punctuation rules", bad)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestEveryCountryHasAChineseName(t *testing.T) {
	for _, c := range Countries {
		if !regexp.MustCompile(`\p{Han}`).MatchString(c.Name(Chinese)) {
			t.Errorf("%s (%s) has no Chinese name: %q", c.ISO, c.NameEN, c.Name(Chinese))
		}
	}
}

func TestAcceleratorNamesReadInChinese(t *testing.T) {
	for id, want := range map[string]string{"ascend-910b": "华为昇腾910B", "gb200": "英伟达GB200（每块Blackwell GPU）", "h100-sxm": "英伟达H100 SXM", "mi300x": "AMD Instinct MI300X"} {
		a, ok := AcceleratorByID(id)
		if !ok {
			t.Fatalf("no accelerator %s", id)
		}
		if got := a.DisplayName(Chinese); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
		if a.DisplayName(English) != a.Name {
			t.Errorf("%s: the English name changed", id)
		}
	}
}

// TestFormulasAreSymbolsOnly keeps words out of the methodology's
// equations, which both languages show as they are: "with accelerator-hours
// H" and "land per MW" once appeared on the Chinese page.
func TestFormulasAreSymbolsOnly(t *testing.T) {
	word := regexp.MustCompile(`(^|[^_A-Za-z])([a-z]{3,})`)
	for _, f := range Formulas {
		for _, m := range word.FindAllStringSubmatch(f.Expr, -1) {
			t.Errorf("%s: the word %q in %q", f.ID, m[2], f.Expr)
		}
	}
}

func TestCountryNamesInASentence(t *testing.T) {
	for iso, want := range map[string]string{"USA": "the United States", "NLD": "the Netherlands", "FRA": "France", "OWID_WRL": "the world", "FLK": "the Falkland Islands"} {
		c, _ := CountryByISO(iso)
		if got := c.NameInText(English); got != want {
			t.Errorf("%s: %q, want %q", iso, got, want)
		}
	}
	if c, _ := CountryByISO("USA"); c.NameInText(Chinese) != "美国" || Capitalise("the United States uses") != "The United States uses" {
		t.Error("Chinese names take no article; a sentence starting with one is capitalised")
	}
}
