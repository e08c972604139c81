package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// updateBanner offers a reload when go-app's service worker has fetched a
// new version of the app in the background.
type updateBanner struct {
	app.Compo
	Ilang     content.Lang
	available bool
}

func newUpdateBanner() *updateBanner { return &updateBanner{} }

// Lang sets the language.
func (u *updateBanner) Lang(l content.Lang) *updateBanner { u.Ilang = l; return u }

func (u *updateBanner) OnMount(ctx app.Context)     { u.check(ctx) }
func (u *updateBanner) OnAppUpdate(ctx app.Context) { u.check(ctx) }

// check offers the reload only to a page that an older service worker
// served: on a first visit the new worker claims the page as it activates,
// which go-app reports as an update although nothing older was running.
// guard.js records at page start whether a worker controlled the page.
func (u *updateBanner) check(ctx app.Context) {
	u.available = ctx.AppUpdateAvailable() && dom.WorkerControlled()
}

func (u *updateBanner) Render() app.UI {
	if !u.available {
		return app.Div().Class("update-slot")
	}
	l := u.Ilang
	return app.Div().Class("update-slot").Body(
		app.Div().ID("update-banner").Class("banner").Role("status").Body(
			app.Span().Text(l.T("update.available")),
			app.Button().Type("button").ID("update-reload").Text(l.T("update.reload")).
				OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
		),
	)
}
