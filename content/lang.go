package content

// Lang is a page language. Its string is the BCP 47 tag used in <html lang>.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh-Hans"
)

// Langs lists the supported languages, English first.
var Langs = []Lang{English, Chinese}

// PathPrefix is the URL prefix of the language's pages: "" or "/zh".
func (l Lang) PathPrefix() string {
	if l == Chinese {
		return "/zh"
	}
	return ""
}

// Short is the two-letter code used in file names and the lang= parameter.
func (l Lang) Short() string {
	if l == Chinese {
		return "zh"
	}
	return "en"
}

// ParseLang reads "en", "zh", "zh-Hans", "zh-CN" …; anything else is English.
func ParseLang(s string) Lang {
	if len(s) >= 2 && (s[:2] == "zh" || s[:2] == "ZH") {
		return Chinese
	}
	return English
}
