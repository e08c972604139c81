package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Take returns the element with id that Start kept, if it was rendered for
// key (its data-prerender attribute), and forgets it: an element can be
// placed once.
func Take(id, key string) (app.Value, bool) {
	el, ok := page.kept[id]
	if !ok {
		return nil, false
	}
	delete(page.kept, id)
	if el.Call("getAttribute", "data-prerender").String() != key {
		return nil, false
	}
	return el, true
}

// ServerCopy is a component's hold on the server's copy of its element,
// kept while the component shows what the server rendered it for. The
// server's elements have no event handlers: components with handlers use
// PlaceUntilReady. (Links need none: go-app follows them from a click
// handler on the window.)
type ServerCopy struct {
	el  app.Value
	key string
	// pending is true from Take until the copy is in the page or dropped.
	pending bool
}

// Take keeps the server's element with id if it was rendered for key; call
// it from OnInit, before the first render.
func (s *ServerCopy) Take(id, key string) {
	if el, ok := Take(id, key); ok {
		s.el, s.key, s.pending = el, key, true
		page.pendingCopies++
	}
}

// settle records that the copy is in the page, or will not be.
func (s *ServerCopy) settle() {
	if !s.pending {
		return
	}
	s.pending = false
	page.pendingCopies--
	if page.pendingCopies == 0 {
		copiesPlaced()
	}
}

// Or is what the component renders: the host of the copy while it holds
// one (OnUpdate has dropped a copy that no longer stands for its inputs),
// the component's own elements otherwise.
func (s *ServerCopy) Or(own func() app.UI) app.UI {
	if s.el != nil {
		return CopyHost()
	}
	return own()
}

// Holds reports whether the copy stands for key.
func (s *ServerCopy) Holds(key string) bool { return s.el != nil && s.key == key }

// PlaceIn puts the copy into the component's host element (OnMount). With
// no host (the component rendered something else), the copy is dropped.
func (s *ServerCopy) PlaceIn(host app.Value) {
	if s.el == nil {
		return
	}
	if host.Truthy() {
		host.Call("appendChild", s.el)
	} else {
		s.el = nil
	}
	s.settle()
}

// PlaceUntilReady puts the copy into the component's host element
// (OnMount) and hands the element back to the component once the page is
// ready: for components with buttons, which the server's copy has without
// their handlers. They were inert from the first paint anyway, until the
// WebAssembly had started; this keeps them so for one more turn of the
// event loop, and the first result does not wait for them. The copy is
// marked data-server-copy meanwhile: a button pressed before Go ran is
// pressed again only once it is the component's own (app.js's
// wattReplayEarlyClick).
func (s *ServerCopy) PlaceUntilReady(ctx app.Context, host app.Value) {
	if s.el == nil {
		return
	}
	s.el.Call("setAttribute", "data-server-copy", "")
	s.PlaceIn(host)
	AfterReady(func() { ctx.Dispatch(s.DropAtUpdate) })
}

// DropUnless removes the copy once the component shows anything else
// (OnUpdate); the component's Render then builds its own.
func (s *ServerCopy) DropUnless(key string) {
	if s.el != nil && s.key != key {
		s.Drop()
	}
}

// Drop removes the copy.
func (s *ServerCopy) Drop() {
	if s.el != nil {
		s.el.Call("remove")
		s.el = nil
	}
	s.settle()
}

// DropAtUpdate hands the element back to the component from a dispatch:
// its update, in this frame, renders the component's own elements in place
// of the copy's host, and the copy is removed after that update. Removed
// at once, as Drop does, the copy would leave the page without the element
// until go-app's next frame: a reader saw the result card blink, and a
// test read the page in that gap.
func (s *ServerCopy) DropAtUpdate(ctx app.Context) {
	el := s.el
	s.el = nil
	s.settle()
	if el != nil {
		ctx.Defer(func(app.Context) { el.Call("remove") })
	}
}

// DropUnlessShows drops the copy unless its element matching selector has
// attr set to value: a copy from the right page may still show other
// numbers than the WebAssembly has just computed.
func (s *ServerCopy) DropUnlessShows(selector, attr, value string) {
	if s.el == nil {
		return
	}
	if el := s.el.Call("querySelector", selector); !el.Truthy() || el.Call("getAttribute", attr).String() != value {
		s.Drop()
	}
}

// OnButton calls f when a button in the copy is clicked, with the id of
// the section holding it and its index among that section's buttons, by
// which ClickButton finds the same button in the component's own
// elements. The copy's buttons have no handlers of their own: a component
// that keeps its copy past the page's start builds its own elements at
// the first click and hands the click on.
func (s *ServerCopy) OnButton(f func(section string, i int)) {
	if s.el == nil {
		return
	}
	s.el.Call("addEventListener", "click", app.FuncOf(func(this app.Value, args []app.Value) any {
		btn := args[0].Get("target").Call("closest", "button")
		if !btn.Truthy() {
			return nil
		}
		section := btn.Call("closest", "section[id]")
		if !section.Truthy() {
			return nil
		}
		buttons := section.Call("querySelectorAll", "button")
		for i := 0; i < buttons.Length(); i++ {
			if buttons.Index(i).Call("isSameNode", btn).Bool() {
				f(section.Get("id").String(), i)
				return nil
			}
		}
		return nil
	}))
}

// ClickButton clicks the i-th button of the section with id (OnButton).
func ClickButton(section string, i int) {
	if el := ElementByID(section); el.Truthy() {
		if buttons := el.Call("querySelectorAll", "button"); i < buttons.Length() {
			buttons.Index(i).Call("click")
		}
	}
}
