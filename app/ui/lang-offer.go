package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// langOffer proposes, once, the page in the other language when the
// browser prefers it or the visitor chose it before. It never redirects:
// a link in one language always opens in that language.
type langOffer struct {
	app.Compo
	Ilang  content.Lang
	Iroute Route
	Iquery string
	offer  bool
	// decidedFor is the page the offer was decided for: typing changes the
	// query, not the decision.
	decidedFor Route
}

func newLangOffer() *langOffer { return &langOffer{} }

// Lang sets the page language.
func (o *langOffer) Lang(l content.Lang) *langOffer { o.Ilang = l; return o }

// Route sets the current page.
func (o *langOffer) Route(r Route) *langOffer { o.Iroute = r; return o }

// Query sets the current inputs, which the offered page keeps.
func (o *langOffer) Query(q string) *langOffer { o.Iquery = q; return o }

// OnMount and OnUpdate decide whether to offer: the language is only
// known once the page has read its route.
func (o *langOffer) OnMount(ctx app.Context) { o.decide(ctx) }
func (o *langOffer) OnUpdate(ctx app.Context) {
	if o.Iroute != o.decidedFor {
		o.decide(ctx)
	}
}

func (o *langOffer) decide(ctx app.Context) {
	o.offer = false
	o.decidedFor = o.Iroute
	if o.Ilang == "" {
		return
	}
	s, _ := readSavedState(ctx)
	if s.Lang == o.Ilang.Short() {
		return
	}
	if s.Lang != "" {
		o.offer = content.ParseLang(s.Lang) != o.Ilang
		return
	}
	o.offer = content.ParseLang(dom.PreferredLanguage()) != o.Ilang
}

func (o *langOffer) Render() app.UI {
	if !o.offer {
		return app.Div().Class("lang-offer-slot")
	}
	other := o.Iroute.Counterpart()
	l := other.Lang
	return app.Div().Class("lang-offer-slot").Body(
		app.Div().ID("lang-offer").Class("banner").Attr("lang", string(l)).Body(
			app.A().Href(href(other.Path, o.Iquery)).Attr("hreflang", string(l)).Text(l.T("langoffer.switch")).
				OnClick(rememberLanguage),
			app.Button().Type("button").Class("dismiss").Attr("aria-label", l.T("langoffer.dismiss")).Text("×").
				OnClick(func(ctx app.Context, e app.Event) {
					saveLang(ctx, strings.ToLower(o.Ilang.Short()))
					o.offer = false
				}),
		),
	)
}
