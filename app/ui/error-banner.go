package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
	"wattledger/content"
)

// errorBanner is the DOM contract's #input-error: what is wrong, in the
// page's language, naming the field (data-field holds its URL parameter).
type errorBanner struct {
	app.Compo

	Ilang    content.Lang
	Imessage string
	Ifield   string
}

func newErrorBanner() *errorBanner { return &errorBanner{} }

// Lang sets the language.
func (b *errorBanner) Lang(l content.Lang) *errorBanner { b.Ilang = l; return b }

// Err sets the error shown; nil hides the banner.
func (b *errorBanner) Err(err error) *errorBanner {
	b.Imessage, b.Ifield = errorMessage(b.Ilang, err)
	return b
}

func (b *errorBanner) Render() app.UI {
	if b.Imessage == "" {
		return app.Div().Class("input-error-slot").Attr("aria-live", "polite")
	}
	return app.Div().Class("input-error-slot").Attr("aria-live", "polite").Body(
		app.P().ID("input-error").Role("alert").Attr("data-field", b.Ifield).Text(b.Imessage),
	)
}

// errorMessage explains err in language l and names its field.
func errorMessage(l content.Lang, err error) (message, field string) {
	if err == nil {
		return "", ""
	}
	var ie *calc.InputError
	if !errors.As(err, &ie) {
		return l.T("error.unexpected"), ""
	}
	label := l.T("field." + string(ie.Field))
	min, max, _ := calc.Limits(ie.Field)
	if ie.Min != 0 || ie.Max != 0 {
		// The planner's fields have limits of their own (calc.PlannerLimits).
		min, max = ie.Min, ie.Max
	}
	return l.T("error."+string(ie.Reason),
		"field", label,
		"min", content.Number(l, min, 3),
		"max", content.Number(l, max, 3),
	), string(ie.Field)
}
