package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
	"wattledger/content"
)

// fieldDataVersion is the dv= parameter: the data version a link was made
// with. It is not a model input, but it is checked like one.
const fieldDataVersion calc.Field = "dv"

// isDataVersion reports whether v has the shape of content.DataVersion:
// year.month.serial, of 4, 1–2 and 1–3 digits. (Written out rather than
// as a regular expression, which would be compiled on every page load.)
func isDataVersion(v string) bool {
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return false
	}
	for i, p := range parts {
		lo, hi := []int{4, 1, 1}[i], []int{4, 2, 3}[i]
		if len(p) < lo || len(p) > hi {
			return false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}

// parseDataVersion reads dv from a query. Absent is "" and no error; a
// value that is not a data version token is an input error naming dv.
// Versions this build does not know are accepted: a link from a newer
// deployment is still a valid link.
func parseDataVersion(q map[string][]string) (string, error) {
	v := q[string(fieldDataVersion)]
	if len(v) == 0 || v[0] == "" {
		return "", nil
	}
	if !isDataVersion(v[0]) {
		return "", &calc.InputError{Field: fieldDataVersion, Reason: calc.ReasonUnknown}
	}
	return v[0], nil
}

// withDataVersion appends dv=content.DataVersion to an encoded query, as
// share links and embeds carry it.
func withDataVersion(query string) string {
	if query != "" {
		query += "&"
	}
	return query + string(fieldDataVersion) + "=" + content.DataVersion
}

// compareVersions orders two data version tokens numerically.
func compareVersions(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, _ := strconv.Atoi(pa[i])
		y, _ := strconv.Atoi(pb[i])
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return len(pa) - len(pb)
}

// changesSince lists the changelog entries newer than version, newest first.
func changesSince(version string) []content.DataChange {
	var out []content.DataChange
	for _, c := range content.DataChangelog {
		if compareVersions(c.Version, version) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// dataVersionNotice says, when a link was made with other data than the
// page's, which versions differ and what changed since, so that a reader
// comparing with the number they were sent knows why it moved.
type dataVersionNotice struct {
	app.Compo

	Ilang content.Lang
	// Ilink is the link's dv ("" when it carries none).
	Ilink string
}

func newDataVersionNotice() *dataVersionNotice { return &dataVersionNotice{} }

// Lang sets the language.
func (n *dataVersionNotice) Lang(l content.Lang) *dataVersionNotice { n.Ilang = l; return n }

// Link sets the data version the link carries.
func (n *dataVersionNotice) Link(v string) *dataVersionNotice { n.Ilink = v; return n }

func (n *dataVersionNotice) Render() app.UI {
	l := n.Ilang
	if n.Ilink == "" || n.Ilink == content.DataVersion {
		return app.Div().Class("data-version-slot")
	}
	key := "dv.older"
	if compareVersions(n.Ilink, content.DataVersion) > 0 {
		key = "dv.newer"
	}
	changes := changesSince(n.Ilink)
	return app.Div().Class("data-version-slot").Body(
		app.Div().ID("data-version-notice").Class("notice").Role("status").
			Attr("data-link-version", n.Ilink).Attr("data-version", content.DataVersion).Body(
			app.P().Text(l.T(key, "link", n.Ilink, "version", content.DataVersion)),
			app.If(key == "dv.older" && len(changes) > 0, func() app.UI {
				return app.Ul().Body(app.Range(changes).Slice(func(i int) app.UI {
					c := changes[i]
					return app.Li().Text(l.T("dv.change", "version", c.Version, "date", c.Date, "text", l.T("changelog."+c.Version)))
				}))
			}),
		),
	)
}
