package ui

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// shareDialog is the calculator's "share, embed, cite" button and the
// native <dialog> it opens: the link (copy, or the system share sheet),
// embed code for a script or a plain iframe with a live preview, and a
// citation in plain text and BibTeX. Everything in it is built from the
// inputs' re-encoded query, never from the address bar as typed.
type shareDialog struct {
	app.Compo

	// Ilang is the page language.
	Ilang content.Lang
	// Iquery is the inputs' encoded query (estimate.Inputs.Encode).
	Iquery string
	// Ititle names the result, for the citation ("Training GPT-3 (175B)").
	Ititle string
	// Ikey identifies the scenario in a BibTeX key ("gpt-3").
	Ikey string

	open     bool
	canShare bool
	view     string
	theme    string
	controls bool
	status   string
}

func newShareDialog() *shareDialog { return &shareDialog{} }

// Lang sets the language.
func (s *shareDialog) Lang(l content.Lang) *shareDialog { s.Ilang = l; return s }

// Query sets the inputs' encoded query.
func (s *shareDialog) Query(q string) *shareDialog { s.Iquery = q; return s }

// Title sets the result's title, for the citation.
func (s *shareDialog) Title(t string) *shareDialog { s.Ititle = t; return s }

// Key sets the scenario's id, for the BibTeX key.
func (s *shareDialog) Key(k string) *shareDialog { s.Ikey = k; return s }

func (s *shareDialog) OnMount(ctx app.Context) {
	s.view, s.theme, s.controls = "result", "auto", false
	s.canShare = dom.CanShare()
}

// origin is scheme://host of the page plus the site's root prefix.
func (s *shareDialog) origin() string {
	return dom.Origin() + RootPrefix()
}

func (s *shareDialog) pageURL() string {
	return s.origin() + s.Ilang.PathPrefix() + "/?" + withDataVersion(s.Iquery)
}

// embedQuery is the widget's query: the inputs, dv and the chosen options
// where they differ from the defaults.
func (s *shareDialog) embedQuery() string {
	q := withDataVersion(s.Iquery)
	if s.view != "" && s.view != "result" {
		q += "&view=" + s.view
	}
	if s.theme != "" && s.theme != "auto" {
		q += "&theme=" + s.theme
	}
	if !s.controls {
		q += "&controls=0"
	}
	return q
}

func (s *shareDialog) embedURL() string {
	return s.origin() + s.Ilang.PathPrefix() + "/embed/?" + s.embedQuery()
}

// scriptSnippet is the embed.js variant: the widget resizes itself.
func (s *shareDialog) scriptSnippet() string {
	var b strings.Builder
	b.WriteString(`<div data-watt-ledger="?` + html.EscapeString(withDataVersion(s.Iquery)) + `"`)
	b.WriteString(` data-lang="` + s.Ilang.Short() + `"`)
	if s.view != "result" {
		b.WriteString(` data-view="` + s.view + `"`)
	}
	if s.theme != "auto" {
		b.WriteString(` data-theme="` + s.theme + `"`)
	}
	if !s.controls {
		b.WriteString(` data-controls="0"`)
	}
	b.WriteString("></div>\n")
	b.WriteString(`<script async src="` + html.EscapeString(s.origin()+"/embed.js") + `"></script>`)
	return b.String()
}

// iframeSnippet is the plain variant, with a fixed height.
func (s *shareDialog) iframeSnippet() string {
	return fmt.Sprintf(`<iframe src="%s" title="%s" loading="lazy" width="100%%" height="%d" style="border:0;max-width:720px"></iframe>`,
		html.EscapeString(s.embedURL()), html.EscapeString(s.Ilang.T("share.embed.frametitle")), embedHeight(s.view, s.controls))
}

// embedHeight is a plain iframe's height for a view, in CSS pixels: enough
// for the content at 360 px wide and more, without a scroll bar.
func embedHeight(view string, controls bool) int {
	h := 560
	switch {
	case view == "sources":
		h = 520
	case strings.HasPrefix(view, "chart-"):
		h = 640
	}
	if controls {
		h += 900
	}
	return h
}

func (s *shareDialog) citation(now time.Time) (text, bibtex string) {
	l := s.Ilang
	url := s.pageURL()
	date := now.Format("2006-01-02")
	year := now.Format("2006")
	text = l.T("share.cite.format", "year", year, "title", s.Ititle, "version", content.DataVersion, "url", url, "date", date)
	key := "wattledger-" + bibKey(s.Ikey) + "-" + year
	bibtex = "@misc{" + key + ",\n" +
		"  title        = {" + bibEscape(s.Ititle) + "},\n" +
		"  author       = {{Watt Ledger}},\n" +
		"  howpublished = {Watt Ledger},\n" +
		"  year         = {" + year + "},\n" +
		"  url          = {" + url + "},\n" +
		"  note         = {Data version " + content.DataVersion + "},\n" +
		"  urldate      = {" + date + "}\n}"
	return text, bibtex
}

// bibKey keeps letters, digits and dashes.
func bibKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "result"
	}
	return b.String()
}

// bibEscape escapes TeX's special characters in a field.
func bibEscape(s string) string {
	return strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`,
		"#", `\#`, "_", `\_`, "$", `\$`, "~", `\~{}`, "^", `\^{}`).Replace(s)
}

func (s *shareDialog) show(ctx app.Context, e app.Event) {
	s.open, s.status = true, ""
	ctx.Defer(func(app.Context) { dom.ShowModal("share-dialog") })
}

func (s *shareDialog) close(ctx app.Context, e app.Event) {
	dom.CloseDialog("share-dialog")
	s.open = false
}

// closed follows the dialog's own closing (Escape).
func (s *shareDialog) closed(ctx app.Context, e app.Event) { s.open = false }

// copyFrom copies the text of the field with id: the clipboard API where
// the browser allows it, else the text is selected for Ctrl+C. The notice
// names the field (what), since the dialog has five.
func (s *shareDialog) copyFrom(id, what string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		dom.CopyField(id, func(copied bool) {
			ctx.Dispatch(func(app.Context) {
				if copied {
					s.status = s.Ilang.T("share.copied", "what", what)
				} else {
					s.status = s.Ilang.T("share.copy.manual")
				}
			})
		})
	}
}

// share opens the system share sheet; a cancelled share is not an error.
func (s *shareDialog) share(ctx app.Context, e app.Event) { dom.Share(s.Ititle, s.pageURL()) }

func (s *shareDialog) Render() app.UI {
	l := s.Ilang
	return app.Div().Class("share").Body(
		app.Button().Type("button").ID("share-open").Class("share-open").
			Attr("aria-haspopup", "dialog").Attr("aria-controls", "share-dialog").
			Text(l.T("share.open")).OnClick(s.show),
		app.Dialog().ID("share-dialog").Class("share-dialog").Attr("aria-labelledby", "share-title").
			On("close", s.closed).
			Style("max-width", "min(720px, 94vw)").Style("border-radius", "var(--radius)").
			Style("border", "1px solid var(--line)").Style("background", "var(--card)").Style("color", "var(--ink)").
			Body(app.If(s.open, s.body)),
	)
}

func (s *shareDialog) body() app.UI {
	l := s.Ilang
	text, bib := s.citation(time.Now())
	field := func(id, label, value string, rows int, copyLabel string) app.UI {
		return app.Div().Class("field").Body(
			app.Label().For(id).Text(label),
			app.Textarea().ID(id).ReadOnly(true).Rows(rows).Spellcheck(false).
				Style("width", "100%").Style("font-family", "var(--mono)").Style("font-size", "0.85rem").
				Text(value),
			app.Button().Type("button").Class("copy").Attr("data-copy", id).
				Text(copyLabel).
				OnClick(s.copyFrom(id, label)),
		)
	}
	return app.Div().Body(
		app.Div().Style("display", "flex").Style("justify-content", "space-between").Style("align-items", "baseline").Body(
			app.H2().ID("share-title").Text(l.T("share.title")),
			app.Button().Type("button").ID("share-close").Text(l.T("share.close")).OnClick(s.close),
		),
		field("share-url", l.T("share.link"), s.pageURL(), 2, l.T("share.copy")),
		app.If(s.canShare, func() app.UI {
			return app.Button().Type("button").ID("share-native").Text(l.T("share.native")).OnClick(s.share)
		}),
		app.H3().Text(l.T("share.embed")),
		app.Div().Class("share-options").Style("display", "flex").Style("flex-wrap", "wrap").Style("gap", "12px").Body(
			s.choice("share-view", l.T("share.embed.view"), s.view, embedViewOrder, "share.view.", func(v string) { s.view = v }),
			s.choice("share-theme", l.T("share.embed.theme"), s.theme, []string{"auto", "light", "dark"}, "share.theme.", func(v string) { s.theme = v }),
			app.Div().Class("field").Body(
				app.Label().Body(
					dom.CheckedIf(app.Input().Type("checkbox").ID("share-controls"), s.controls).OnChange(func(ctx app.Context, e app.Event) {
						s.controls = ctx.JSSrc().Get("checked").Bool()
					}),
					app.Text(" "+l.T("share.embed.controls")),
				),
			),
		),
		field("share-script", l.T("share.embed.script"), s.scriptSnippet(), 3, l.T("share.copy.code")),
		field("share-iframe", l.T("share.embed.iframe"), s.iframeSnippet(), 3, l.T("share.copy.code")),
		app.H4().Text(l.T("share.embed.preview")),
		app.IFrame().ID("share-preview").Src(s.embedURL()).Title(l.T("share.embed.frametitle")).
			Loading("lazy").Style("width", "100%").Style("height", fmt.Sprintf("%dpx", min(embedHeight(s.view, s.controls), 700))).
			Style("border", "1px solid var(--line)"),
		app.H3().Text(l.T("share.cite")),
		field("share-cite-text", l.T("share.cite.text"), text, 3, l.T("share.copy.cite")),
		field("share-cite-bibtex", l.T("share.cite.bibtex"), bib, 9, l.T("share.copy.cite")),
		// Last, and sticky at the dialog's foot (app.css): a notice that
		// appears moves nothing above it, and is in view wherever the
		// button pressed was.
		app.P().ID("share-status").Class("share-status").Role("status").Attr("aria-live", "polite").Text(s.status),
	)
}

// embedViewOrder is the order the dialog offers the widget's views in.
var embedViewOrder = []string{"result", "sources", "chart-stack", "chart-sensitivity", "chart-sources", "chart-growth", "chart-scale", "chart-co2"}

func (s *shareDialog) choice(id, label, current string, values []string, keyPrefix string, set func(string)) app.UI {
	l := s.Ilang
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			for _, ok := range values {
				if v == ok {
					set(v)
				}
			}
		}).Body(app.Range(values).Slice(func(i int) app.UI {
			return dom.SelectedIf(app.Option().Value(values[i]), values[i] == current).Text(l.T(keyPrefix + values[i]))
		})),
	)
}
