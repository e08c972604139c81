package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// go-app v10.1.11 writes a false boolean attribute into the server's HTML
// as selected="false" (node.go, encodeHTMLAttribute writes every value but
// "" and "true"), and HTML reads any selected or checked attribute as on:
// without JavaScript every option of a drop-down was selected, and the
// last one showed. In the browser go-app sets the property instead, which
// is right, and which an update from true to false needs. So false is left
// out on the server only. These can go when go-app omits false booleans
// (TestNoFalseBooleanAttributes tells).

// CheckedIf is in.Checked(on), without the attribute on the server when off.
func CheckedIf(in app.HTMLInput, on bool) app.HTMLInput {
	if on || !app.IsServer {
		return in.Checked(on)
	}
	return in
}

// SelectedIf is o.Selected(on), without the attribute on the server when off.
func SelectedIf(o app.HTMLOption, on bool) app.HTMLOption {
	if on || !app.IsServer {
		return o.Selected(on)
	}
	return o
}
