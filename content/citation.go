package content

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// CitationMark is the short mark a text cites a source by, in the
// reader's language: "Patterson et al. 2021", "IEA 2025"; "Patterson等
// 2021", "国家能源局 2025". The full entry (Publisher, Title) is in the
// source list the mark links to.
func CitationMark(l Lang, s Source) string {
	return shortPublisher(l, s.Publisher) + " " + strconv.Itoa(s.Year)
}

// organisations are publishers with a short name, or a Chinese name,
// readers know them by.
var organisations = map[string][2]string{
	"International Energy Agency":                      {"IEA", "国际能源署"},
	"U.S. Energy Information Administration":           {"EIA", "美国能源信息署"},
	"U.S. Department of Energy":                        {"US DOE", "美国能源部"},
	"Lawrence Berkeley National Laboratory":            {"Berkeley Lab", "劳伦斯伯克利国家实验室"},
	"IPCC Working Group III":                           {"IPCC", "IPCC第三工作组"},
	"International Renewable Energy Agency":            {"IRENA", "国际可再生能源署"},
	"National Energy Administration of China":          {"NEA", "国家能源局"},
	"China Three Gorges Corporation":                   {"China Three Gorges", "中国三峡集团"},
	"Statistisches Bundesamt":                          {"Destatis", "德国联邦统计局"},
	"Board of Governors of the Federal Reserve System": {"Federal Reserve", "美联储"},
	"Department for Energy Security and Net Zero":      {"DESNZ", "英国能源安全与净零部"},
	"World Bank":                  {"World Bank", "世界银行"},
	"Eurostat":                    {"Eurostat", "欧盟统计局"},
	"NVIDIA":                      {"NVIDIA", "英伟达"},
	"Huawei":                      {"Huawei", "华为"},
	"Google":                      {"Google", "谷歌"},
	"Google Cloud":                {"Google Cloud", "谷歌云"},
	"Google Cloud blog":           {"Google Cloud", "谷歌云"},
	"Official Google Blog":        {"Google", "谷歌"},
	"Our World in Data":           {"Our World in Data", "Our World in Data"},
	"Watt Ledger":                 {"Watt Ledger", "瓦特账本"},
	"Ministry of the Environment": {"Japan MoE", "日本环境省"},
	"National Development and Reform Commission":                             {"NDRC et al.", "国家发展改革委等"},
	"National Development and Reform Commission and three other departments": {"NDRC et al.", "国家发展改革委等"},
	"Ministry of Power":                         {"India's Ministry of Power", "印度电力部"},
	"Bundesnetzagentur":                         {"Bundesnetzagentur", "德国联邦网络局"},
	"Institute for Sustainable Energy Policies": {"ISEP", "日本环境能源政策研究所"},
	"SolarPower Europe":                         {"SolarPower Europe", "欧洲光伏产业协会"},
	"RTE":                                       {"RTE", "法国输电网公司"},
	"Llama Team":                                {"Meta", "Meta"},
	"Urs Hölzle":                                {"Hölzle", "Hölzle"},
	"Tyler H. Norris":                           {"Norris", "Norris"},
	"Alex de Vries":                             {"de Vries", "de Vries"},
	"Mark Bolinger and Greta Bolinger":          {"Bolinger et al.", "Bolinger等"},
	"ServeTheHome and The Register":             {"ServeTheHome", "ServeTheHome"},
}

var parenthetical = regexp.MustCompile(`\s*\([^()]*(\([^()]*\)[^()]*)*\)`)

// shortPublisher reduces a publisher to a mark: an organisation's short or
// Chinese name, a Chinese name the entry gives in brackets, or the first
// author's surname with "et al." (等) when a list of authors follows.
func shortPublisher(l Lang, p string) string {
	lang := 0
	if l == Chinese {
		lang = 1
	}
	bare := strings.TrimSpace(parenthetical.ReplaceAllString(p, ""))
	first, rest, _ := strings.Cut(bare, ",")
	first, _, _ = strings.Cut(first, " / ")
	// Authors: "Newkirk, Fernandez, …", "Shehabi et al., …", "Bolinger
	// and Bolinger"; not "Urs Hölzle, Official Google Blog".
	next, _, _ := strings.Cut(rest, ",")
	many := isName(strings.TrimSpace(next))
	if a, _, ok := strings.Cut(first, " et al."); ok {
		first, many = a, true
	}
	if a, b, ok := strings.Cut(first, " and "); ok && isName(a) && isName(b) {
		first, many = a, true
	}
	first = strings.TrimSpace(first)
	if o, ok := organisations[first]; ok {
		return o[lang]
	}
	if lang == 1 {
		// "宁夏日报 (Ningxia Daily)", "… (国家发展改革委等四部门)".
		for _, part := range append([]string{p}, parenthetical.FindAllString(p, -1)...) {
			if han := hanPrefix(strings.Trim(strings.TrimSpace(part), "()")); han != "" {
				return han
			}
		}
	}
	if many && isName(first) {
		return first + [2]string{" et al.", "等"}[lang]
	}
	return first
}

// isName reports whether s is one capitalised word, as a surname is.
func isName(s string) bool {
	r := []rune(s)
	return len(r) > 1 && !strings.ContainsAny(s, " ") && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}

func hanPrefix(s string) string {
	r := []rune(s)
	if len(r) == 0 || !unicode.Is(unicode.Han, r[0]) {
		return ""
	}
	end := 0
	for end < len(r) && (unicode.Is(unicode.Han, r[end]) || r[end] == '等') {
		end++
	}
	return string(r[:end])
}
