package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/content"
)

// resultSources names the publications behind the calculator's figures,
// each by its short citation mark ("Patterson et al. 2021", "国家能源局
// 2025") linked to its entry in the methodology's source list, so that a
// reader can check any number the page shows without leaving it blind.
type resultSources struct {
	app.Compo

	Ilang content.Lang
	Iout  estimate.Outcome
}

func newResultSources() *resultSources { return &resultSources{} }

// Lang sets the language.
func (s *resultSources) Lang(l content.Lang) *resultSources { s.Ilang = l; return s }

// Outcome sets the result whose sources are listed.
func (s *resultSources) Outcome(o estimate.Outcome) *resultSources { s.Iout = o; return s }

func (s *resultSources) Render() app.UI {
	l := s.Ilang
	var body []app.UI
	body = append(body, app.Text(l.T("result.sources.label")))
	for i, c := range citationMarks(l, s.Iout.Sources()) {
		if i > 0 {
			body = append(body, app.Text(l.T("result.sources.separator")))
		}
		body = append(body, app.A().Href(sourceLink(l, c.id)).Text(c.mark))
	}
	body = append(body, app.Text(l.T("result.sources.end")),
		app.A().Href(href(l.PathPrefix()+"/methodology/", "")+"#sources").Text(l.T("result.sources.all")),
		app.Text(l.T("result.sources.close")))
	return app.P().ID("result-sources").Class("result-sources").Body(body...)
}

// citation is one source's mark in a list.
type citation struct{ id, mark string }

// citationMarks are the sources' marks, told apart as author-date styles
// do when one publisher has two entries in a year: "EIA 2023a", "EIA
// 2023b" (the list showed "美国能源信息署 2023" twice).
func citationMarks(l content.Lang, sources []content.Source) []citation {
	count := map[string]int{}
	for _, src := range sources {
		count[content.CitationMark(l, src)]++
	}
	seen := map[string]int{}
	out := make([]citation, len(sources))
	for i, src := range sources {
		base := content.CitationMark(l, src)
		mark := base
		if count[base] > 1 {
			mark += string(rune('a' + seen[base]))
			seen[base]++
		}
		out[i] = citation{src.ID, mark}
	}
	return out
}
