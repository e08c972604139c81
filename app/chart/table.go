package chart

import (
	"bytes"
	"encoding/csv"
)

// Table is a chart's data for the accessible table shown with it and for
// the CSV download. Cells are already formatted for the chart's language;
// tables also carry plain-number columns so that the CSV is usable in a
// spreadsheet.
type Table struct {
	Caption string
	Header  []string
	Rows    [][]string
}

// CSV returns the table as RFC 4180 CSV: the header row, then the rows. It
// starts with a UTF-8 byte order mark, without which Excel reads Chinese as
// mojibake. The caption is not included: it becomes the file's name.
func (t Table) CSV() []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.Write(t.Header) // a bytes.Buffer does not fail; Flush reports errors
	w.WriteAll(t.Rows)
	return b.Bytes()
}
