//go:build !wasm

package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The host's page is the HTML go-app writes: there are no elements to
// change, and these stand in for the browser's functions.

func ElementByID(id string) app.Value                                            { return app.Null() }
func SyncInput(el app.Value, value string)                                       {}
func FillSelect(id, key, filled string, html func() string, value string) string { return filled }
func ShowModal(id string)                                                        {}
func Focus(id string)                                                            {}
func TakeEarlyInputs() map[string]string                                         { return nil }
func EarlyInputs() map[string]string                                             { return nil }
func CloseDialog(id string)                                                      {}
func CopyField(id string, done func(copied bool))                                {}
func CanShare() bool                                                             { return false }
func Share(title, url string)                                                    {}
