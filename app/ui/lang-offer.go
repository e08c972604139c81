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

// OnInit decides whether to offer before the first render, so that Go's
// header shows the banner boot.js showed without a frame where it is
// gone; OnUpdate decides again for another page (the language is only
// known once the page has read its route).
func (o *langOffer) OnInit() { o.decide() }

func (o *langOffer) OnUpdate(ctx app.Context) {
	if o.Iroute != o.decidedFor {
		o.decide()
	}
}

// decide mirrors app/site/boot.js, which decides the same before Go runs.
func (o *langOffer) decide() {
	o.offer = false
	o.decidedFor = o.Iroute
	// The server knows neither the reader's languages nor what they saved
	// (it used to offer English on every Chinese page it rendered).
	if o.Ilang == "" || !app.IsClient {
		return
	}
	saved := savedLang()
	if saved == o.Ilang.Short() {
		return
	}
	if saved != "" {
		o.offer = content.ParseLang(saved) != o.Ilang
		return
	}
	o.offer = content.ParseLang(dom.PreferredLanguage()) != o.Ilang
}

// Render shows the offer, or an empty slot. The server's slot carries
// what the offer says in data attributes: Go starts only when the visitor
// reaches for the page, so app/site/boot.js makes the same decision and
// shows the same banner before then, and a reader who prefers the other
// language sees the offer on arrival, not after a first tap.
func (o *langOffer) Render() app.UI {
	other := o.Iroute.Counterpart()
	l := other.Lang
	slot := app.Div().Class("lang-offer-slot")
	if o.Ilang == "" {
		return slot
	}
	link, switchText, dismiss := href(other.Path, o.Iquery), l.T("langoffer.switch"), l.T("langoffer.dismiss")
	if !o.offer {
		return slot.Attr("data-page-lang", o.Ilang.Short()).Attr("data-offer-lang", string(l)).
			Attr("data-offer-href", link).Attr("data-offer-text", switchText).Attr("data-offer-dismiss", dismiss)
	}
	return slot.Body(
		app.Div().ID("lang-offer").Class("banner").Attr("lang", string(l)).Body(
			app.A().Href(link).Attr("hreflang", string(l)).Text(switchText).
				OnClick(rememberLanguage),
			app.Button().Type("button").Class("dismiss").Attr("aria-label", dismiss).Text("×").
				OnClick(func(ctx app.Context, e app.Event) {
					saveLang(ctx, strings.ToLower(o.Ilang.Short()))
					o.offer = false
				}),
		),
	)
}
