package content

import (
	"embed"
	"fmt"
)

//go:embed article/*.md
var articleFiles embed.FS

// ArticleText returns a long text of content/article in language l: name
// "article" is the explainer (en.md, zh.md), "glossary" the glossary.
func ArticleText(name string, l Lang) (string, error) {
	file := "article/" + l.Short() + ".md"
	if name != "article" {
		file = "article/" + name + "." + l.Short() + ".md"
	}
	b, err := articleFiles.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("no %s text in %s", name, l)
	}
	return string(b), nil
}
