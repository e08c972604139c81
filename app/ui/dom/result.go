package dom

// Result is everything the result card shows, as text, made once per
// change. The card (package ui) renders from it, and on a keystroke
// PaintResult writes it into the page at once: go-app applies an update
// only at its next frame, at least 8 ms after the event, while a number
// should follow the keys within the frame. go-app's update then finds the
// same text in place.
type Result struct {
	OK    bool
	Title string
	// EstimateFlag marks a preset whose inputs are estimates, not
	// published, with EstimateText.
	EstimateFlag bool
	EstimateText string
	EnergyLabel  string
	// Energy is the headline; Range is empty for an exact figure and Du
	// (the 度 reminder) empty in English and in the embed.
	Energy, Range, Du    string
	KWh, KWhLow, KWhHigh string
	Facts                []Fact
	BreakEven            string
}

// Fact is one line of the card. DataName and DataValue are the DOM
// contract's data attribute on the dd (none when DataName is empty).
type Fact struct {
	ID, Term, Value, DataName, DataValue, Note string
}
