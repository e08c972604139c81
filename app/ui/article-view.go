package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/explainer"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// articleView is the explainer: why electricity has become the decisive
// resource of the AI era, with every figure computed by the model. Its only
// input is the language, so typing in the calculator never re-renders it.
type articleView struct {
	app.Compo
	Ilang content.Lang

	// server is the server's copy of the article, which the browser keeps
	// for as long as the language is the same (dom.ServerCopy).
	server dom.ServerCopy
}

func newArticleView() *articleView { return &articleView{} }

// Lang sets the language.
func (a *articleView) Lang(l content.Lang) *articleView { a.Ilang = l; return a }

// OnInit takes the server's article, if it was rendered for this language
// and data, before the first render; OnMount puts it into the empty host
// rendered for it, and OnUpdate drops it when the language changes:
// Render then builds the other language's.
func (a *articleView) OnInit()                  { a.server.Take("article", dom.PrerenderKey(a.Ilang)) }
func (a *articleView) OnMount(ctx app.Context)  { a.server.PlaceIn(a.JSValue()) }
func (a *articleView) OnUpdate(ctx app.Context) { a.server.DropUnless(dom.PrerenderKey(a.Ilang)) }

func (a *articleView) Render() app.UI { return a.server.Or(a.own) }

// own builds the article in place of the server's copy (dom.ServerCopy).
func (a *articleView) own() app.UI {
	l := a.Ilang
	doc, err := explainer.Article(l)
	if err != nil {
		// Tests make this unreachable; a broken build still shows a page.
		return app.Article().ID("article").Body(app.P().Text(l.T("error.unexpected")))
	}
	glossary, _ := explainer.Glossary(l)
	parts := articleParts(doc.Blocks[1:])
	return app.Article().ID("article").Class("explainer").Lang(string(l)).Attr("data-prerender", dom.PrerenderKey(l)).Body(
		renderBlocks(l, doc.Blocks[:1]),
		app.Nav().Class("toc").Attr("aria-label", l.T("article.toc")).Body(
			app.H2().Text(l.T("article.toc")),
			app.Ol().Body(app.Range(doc.Headings()).Slice(func(i int) app.UI {
				h := doc.Headings()[i]
				return app.Li().Body(app.A().Href("#" + h.ID).Text(strings.TrimSpace(explainer.Doc{Blocks: []explainer.Block{h}}.PlainText())))
			})),
		),
		app.Range(parts).Slice(func(i int) app.UI {
			return app.Section().Class("part").Body(renderBlocks(l, parts[i]))
		}),
		app.Section().ID("glossary").Class("glossary").Body(
			app.H2().Text(l.T("article.glossary")),
			renderBlocks(l, glossary.Blocks),
		),
	)
}

// articleParts splits the article at its headings: the introduction, then
// one part per heading. The browser lays out each part only when it comes
// near the screen (content-visibility in app.css), so a long article costs
// the first visit little.
func articleParts(blocks []explainer.Block) [][]explainer.Block {
	var parts [][]explainer.Block
	for i, b := range blocks {
		if i == 0 || b.Kind == explainer.Heading {
			parts = append(parts, nil)
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], b)
	}
	return parts
}

// renderBlocks turns parsed blocks into HTML.
func renderBlocks(l content.Lang, blocks []explainer.Block) app.UI {
	return app.Range(blocks).Slice(func(i int) app.UI {
		b := blocks[i]
		switch b.Kind {
		case explainer.Title:
			return app.H2().Class("article-title").Body(renderInlines(l, b.Inlines)...)
		case explainer.Heading:
			return app.H3().ID(b.ID).Body(renderInlines(l, b.Inlines)...)
		case explainer.Term:
			return app.H3().ID(b.ID).Class("term").Body(renderInlines(l, b.Inlines)...)
		case explainer.List:
			return app.Ul().Body(app.Range(b.Items).Slice(func(j int) app.UI {
				return app.Li().Body(renderInlines(l, b.Items[j])...)
			}))
		}
		return app.P().Body(renderInlines(l, b.Inlines)...)
	})
}

// renderInlines writes text, live numbers (links that open the calculator
// with the inputs behind them) and sourced values.
func renderInlines(l content.Lang, in []explainer.Inline) []app.UI {
	out := make([]app.UI, 0, len(in))
	for _, x := range in {
		var el app.UI
		switch x.Kind {
		case explainer.Number:
			if x.Query == "" {
				el = app.Span().Class("live").Text(x.Text)
			} else {
				el = app.A().Class("live").Href(href(l.PathPrefix()+"/", x.Query)+"#calculator").Attr("data-output", x.Output).
					Title(l.T("article.number.title")).Text(x.Text)
			}
		case explainer.Value:
			el = app.A().Class("sourced").Href(sourceLink(l, x.Source)).Text(x.Text)
		case explainer.Citation:
			el = app.Sup().Class("cite").Body(app.A().Href(sourceLink(l, x.Source)).Text(x.Text))
		default:
			if x.Bold {
				el = app.Strong().Text(x.Text)
			} else {
				el = app.Text(x.Text)
			}
		}
		out = append(out, el)
	}
	return out
}

// sourceLink points at a source's entry on the methodology page.
func sourceLink(l content.Lang, id string) string {
	return href(l.PathPrefix()+"/methodology/", "") + "#source-" + id
}
