package ui

import (
	"encoding/json"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
)

// storageKey holds the visitor's last inputs and language. Only this
// browser ever sees it: nothing is sent anywhere.
const storageKey = "watt-ledger"

// storageVersion changes when the stored format does; older or foreign
// values are discarded rather than guessed at.
const storageVersion = 1

// savedState is what localStorage holds.
type savedState struct {
	Version int    `json:"v"`
	Query   string `json:"q"`
	Lang    string `json:"lang,omitempty"`
}

// storageStatus says what loading saved state found.
type storageStatus int

const (
	storageNone     storageStatus = iota // nothing saved
	storageRestored                      // saved inputs restored
	storageReset                         // saved state unreadable, discarded
)

// loadSavedInputs restores the last inputs. Corrupt, foreign or old-format
// state, or inputs the model refuses, never break the page: the state is
// cleared and the caller shows a short notice.
func loadSavedInputs(ctx app.Context) (estimate.Inputs, storageStatus) {
	s, status := readSavedState(ctx)
	if status != storageRestored || s.Query == "" {
		return estimate.Inputs{}, status
	}
	in, ok := savedInputs(s.Query)
	if !ok {
		ctx.LocalStorage().Del(storageKey)
		return estimate.Inputs{}, storageReset
	}
	return in, storageRestored
}

func readSavedState(ctx app.Context) (savedState, storageStatus) {
	storage := ctx.LocalStorage()
	if !storage.Contains(storageKey) {
		return savedState{}, storageNone
	}
	var raw json.RawMessage
	if err := storage.Get(storageKey, &raw); err != nil {
		storage.Del(storageKey)
		return savedState{}, storageReset
	}
	s, ok := decodeSavedState(raw)
	if !ok {
		storage.Del(storageKey)
		return savedState{}, storageReset
	}
	return s, storageRestored
}

// savedLang is the language the visitor chose, or "", read without a
// context (langOffer decides before its first render); unreadable state
// counts as none, and readSavedState clears it later.
func savedLang() string {
	raw, ok := dom.StoredItem(storageKey)
	if !ok {
		return ""
	}
	s, _ := decodeSavedState([]byte(raw))
	return s.Lang
}

// decodeSavedState parses what localStorage held, refusing anything that
// is not this version's format.
func decodeSavedState(raw []byte) (savedState, bool) {
	var s savedState
	if err := json.Unmarshal(raw, &s); err != nil || s.Version != storageVersion {
		return savedState{}, false
	}
	if s.Lang != "" && s.Lang != "en" && s.Lang != "zh" {
		return savedState{}, false
	}
	return s, true
}

// savedInputs parses a saved query into inputs the model accepts.
func savedInputs(query string) (estimate.Inputs, bool) {
	q, err := url.ParseQuery(query)
	if err != nil {
		return estimate.Inputs{}, false
	}
	in := estimate.FromQuery(q)
	if _, err := estimate.Estimate(in); err != nil {
		return estimate.Inputs{}, false
	}
	return in, true
}

// saveInputs records the inputs, keeping the saved language.
func saveInputs(ctx app.Context, in estimate.Inputs) {
	s, _ := readSavedState(ctx)
	s.Version, s.Query = storageVersion, in.Encode()
	ctx.LocalStorage().Set(storageKey, s)
}

// saveLang records the language the visitor chose.
func saveLang(ctx app.Context, lang string) {
	s, _ := readSavedState(ctx)
	s.Version, s.Lang = storageVersion, lang
	ctx.LocalStorage().Set(storageKey, s)
}
