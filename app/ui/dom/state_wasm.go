package dom

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page is what the browser remembers about the page between go-app's
// calls, for the page's life: the one piece of mutable package state on
// this side. Start fills the first two fields before go-app's first render.
var page struct {
	// loadedPath is the path of the page the browser loaded, whose head
	// the server (or the static export) wrote; FirstLoad clears it.
	loadedPath string
	// kept are the server's elements kept for reuse, by id (Take).
	kept map[string]app.Value
	// pendingCopies counts the server copies taken and not yet in the
	// page: the page is not ready while the result may be in one of
	// them (MarkReady).
	pendingCopies int
	// readyWaits is true while MarkReady waits for those copies.
	readyWaits bool
	// ready is true once <html data-app="ready"> is set, and whenReady
	// holds what waits for it (AfterReady).
	ready     bool
	whenReady []func()
	// resumeGC turns the garbage collector back on, once.
	resumeGC sync.Once
}
