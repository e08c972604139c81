//go:build !wasm

package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Take finds nothing on the host: there is no server copy to reuse.
func Take(id, key string) (app.Value, bool) { return nil, false }

// ServerCopy holds nothing on the host: components render their own
// elements, which become the server's copies.
type ServerCopy struct{}

func (s *ServerCopy) Take(id, key string)                             {}
func (s *ServerCopy) Or(own func() app.UI) app.UI                     { return own() }
func (s *ServerCopy) Holds(key string) bool                           { return false }
func (s *ServerCopy) PlaceIn(host app.Value)                          {}
func (s *ServerCopy) PlaceUntilReady(ctx app.Context, host app.Value) {}
func (s *ServerCopy) DropUnless(key string)                           {}
func (s *ServerCopy) Drop()                                           {}
func (s *ServerCopy) DropAtUpdate(ctx app.Context)                    {}
func (s *ServerCopy) DropUnlessShows(selector, attr, value string)    {}
func (s *ServerCopy) OnButton(f func(section string, i int))          {}
func ClickButton(section string, i int)                               {}
