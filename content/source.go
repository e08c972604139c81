package content

// Source is one cited publication. Its ID is what Params and presets refer to.
type Source struct {
	ID        string
	Title     string
	Publisher string // organisation or authors
	Year      int
	URL       string
	// Supports says, in English, which figures the app takes from it.
	Supports string
}
