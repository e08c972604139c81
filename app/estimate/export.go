package estimate

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"wattledger/calc"
	"wattledger/content"
)

// Export is one result as data: every input with its effective value and
// where it came from, every output with its range, and the publications
// behind the defaults. The calculator offers it as CSV and JSON.
type Export struct {
	App         string         `json:"app"`
	DataVersion string         `json:"data_version"`
	Query       string         `json:"query"`
	Inputs      []ExportInput  `json:"inputs"`
	Outputs     []ExportOutput `json:"outputs"`
	Sources     []ExportSource `json:"sources"`
}

// ExportInput is one URL contract parameter. Value is the effective value
// as links write it ("" when the method does not use the field); Origin is
// visitor, preset, hardware, region, assumption, default or unused.
type ExportInput struct {
	Param  string `json:"param"`
	Value  string `json:"value"`
	Origin string `json:"origin"`
}

// ExportOutput is one computed figure with its range.
type ExportOutput struct {
	Name    string  `json:"name"`
	Unit    string  `json:"unit"`
	Low     float64 `json:"low"`
	Central float64 `json:"central"`
	High    float64 `json:"high"`
}

// ExportSource is a cited publication.
type ExportSource struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Year      int    `json:"year"`
	URL       string `json:"url"`
}

// NewExport describes a computed outcome. It is meant for an outcome
// Estimate returned without error; the numbers of a failed one are zero.
func NewExport(o Outcome) Export {
	r := o.Resolved
	e := Export{App: "Watt Ledger", DataVersion: content.DataVersion, Query: r.Inputs.Encode()}
	for i, f := range Fields {
		in := ExportInput{Param: string(f)}
		switch f {
		case calc.FieldPreset:
			in.Value, in.Origin = r.Preset.ID, idOrigin(r.Inputs, f)
		case calc.FieldMethod:
			in.Value, in.Origin = string(r.Method), idOrigin(r.Inputs, f)
		case calc.FieldHardware:
			in.Value, in.Origin = r.Hardware.ID, idOrigin(r.Inputs, f)
		case calc.FieldRegion:
			in.Value, in.Origin = r.Region.ISO, idOrigin(r.Inputs, f)
		case calc.FieldGrid:
			in.Value, in.Origin = r.Grid.ISO, idOrigin(r.Inputs, f)
		case calc.FieldFacility:
			in.Value, in.Origin = r.Facility.ID, idOrigin(r.Inputs, f)
			if r.Facility.ID == "" {
				in.Origin = "unused"
			}
		default:
			in.Origin = string(r.Origins[i])
			if r.Origins[i] == Unused {
				in.Origin = "unused"
			} else {
				in.Value = FormatInput(r.Values[i])
			}
		}
		e.Inputs = append(e.Inputs, in)
	}
	e.Outputs = outputs(o)
	for _, src := range o.Sources() {
		e.Sources = append(e.Sources, ExportSource{ID: src.ID, Title: src.Title, Publisher: src.Publisher, Year: src.Year, URL: src.URL})
	}
	return e
}

// idOrigin says whether an id came from the link or is the preset's.
func idOrigin(in Inputs, f calc.Field) string {
	if in.Get(f) != "" {
		return string(FromVisitor)
	}
	if f == calc.FieldPreset {
		return "default"
	}
	return string(FromPreset)
}

func outputs(o Outcome) []ExportOutput {
	var out []ExportOutput
	add := func(name, unit string, low, mid, high float64) {
		out = append(out, ExportOutput{Name: name, Unit: unit, Low: low, Central: mid, High: high})
	}
	res := o.Result
	add("energy", "kWh", res.Energy.Low.KilowattHours(), res.Energy.Central.KilowattHours(), res.Energy.High.KilowattHours())
	add("co2e", "kg", res.Emissions.Low.Kilograms(), res.Emissions.Central.Kilograms(), res.Emissions.High.Kilograms())
	h := o.Comparisons.HouseholdYears
	unit := "household-years"
	if o.Household.Unit == content.PerPerson {
		unit = "person-years" // China, India, the EU and the world count per person
	}
	add("households", unit, h.Low, h.Central, h.High)
	s := o.Comparisons.Region.SharePercent
	add("country_share", "%", s.Low, s.Central, s.High)
	if res.Power.Central > 0 {
		add("power", "MW", res.Power.Low.Megawatts(), res.Power.Central.Megawatts(), res.Power.High.Megawatts())
	}
	if res.Duration.Central > 0 {
		add("duration", "h", res.Duration.Low.Hours(), res.Duration.Central.Hours(), res.Duration.High.Hours())
	}
	if a := res.AcceleratorHours; a.Central > 0 {
		add("accelerator_hours", "h", a.Low, a.Central, a.High)
	}
	for _, p := range o.Stack {
		add("power."+string(p.Part), "MW", p.Power.Low.Megawatts(), p.Power.Central.Megawatts(), p.Power.High.Megawatts())
	}
	if f := o.FullSystem; f != nil {
		e := f.Result.Energy
		add("energy_whole_facility", "kWh", e.Low.KilowattHours(), e.Central.KilowattHours(), e.High.KilowattHours())
	}
	for i, src := range content.PowerSources {
		if i >= len(o.Comparisons.Sources) {
			break
		}
		c := o.Comparisons.Sources[i]
		add("source."+src.ID+".run", "h", c.UnitRunTime.Low.Hours(), c.UnitRunTime.Central.Hours(), c.UnitRunTime.High.Hours())
		add("source."+src.ID+".co2e", "kg", c.Emissions.Low.Kilograms(), c.Emissions.Central.Kilograms(), c.Emissions.High.Kilograms())
	}
	if o.Method == calc.MethodInference {
		b := o.BreakEven
		add("breakeven_queries", "queries", b.Queries.Low, b.Queries.Central, b.Queries.High)
		add("breakeven_time", "days", b.Time.Low.Days(), b.Time.Central.Days(), b.Time.High.Days())
	}
	return out
}

// Sources lists, once each and in order of first use, the publications
// behind the values the result used: the preset's, the accelerator's, the
// assumptions', the region's and the comparisons'. The downloads carry
// them, and the calculator links each to its entry in the methodology's
// list.
func (o Outcome) Sources() []content.Source {
	r := o.Resolved
	var ids []string
	seen := map[string]bool{}
	cite := func(ps ...content.Param) {
		for _, p := range ps {
			if p.Known() && !seen[p.Source] {
				seen[p.Source] = true
				ids = append(ids, p.Source)
			}
		}
	}
	p, hw := r.Preset, r.Hardware
	presetParams := map[calc.Field]content.Param{
		calc.FieldAccelerators: p.Accelerators, calc.FieldHours: p.WallClockHours, calc.FieldAcceleratorHours: p.AcceleratorHours,
		calc.FieldPower: p.PowerPerAccelerator, calc.FieldPUE: p.PUE, calc.FieldFLOPs: p.FLOPs,
		calc.FieldParameters: p.Parameters, calc.FieldTokens: p.Tokens, calc.FieldMFU: p.MFU, calc.FieldIntensity: p.GridIntensity,
	}
	assumptions := map[calc.Field]content.Param{
		calc.FieldMFU: content.Assumptions.MFU, calc.FieldQueryWh: content.Assumptions.QueryWh,
		calc.FieldQueriesPerDay: content.Assumptions.QueriesPerDay, calc.FieldDays: content.Assumptions.ServingDays,
	}
	for i, f := range Fields {
		switch r.Origins[i] {
		case FromPreset:
			if pp := presetParams[f]; pp.Known() {
				cite(pp)
			} else if f == calc.FieldPUE {
				cite(p.PowerPerAccelerator) // the preset's source applied no PUE
			}
		case FromHardware:
			if hw.MeasuredIncludesHost && hw.MeasuredPower.Known() {
				cite(hw.MeasuredPower, hw.HostPower, content.Assumptions.Network)
			} else {
				cite(hw.TDP, content.Assumptions.TDPFraction, hw.HostPower, content.Assumptions.Network)
			}
		case FromFacility:
			cite(r.Facility.PUE)
		case FromCustom:
			cite(content.CustomRun.Accelerators)
		case FromAssumption:
			cite(assumptions[f])
		}
	}
	if r.Method == calc.MethodCompute {
		peak, _ := hw.PeakAt(r.Precision)
		cite(peak)
	}
	cite(content.Param{Source: "ember-2025"}, r.Household.KWhPerYear)
	for _, s := range content.PowerSources {
		cite(s.UnitCapacityMW, s.CapacityFactor, s.LifecycleGCO2PerKWh)
	}
	var out []content.Source
	for _, id := range ids {
		if s, ok := content.SourceByID(id); ok {
			out = append(out, s)
		}
	}
	return out
}

// JSON returns the export as indented JSON.
func (e Export) JSON() []byte {
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil { // only plain strings and finite numbers: cannot happen
		return nil
	}
	return append(b, '\n')
}

// CSV returns the export as one table, a section per kind of row:
//
//	section,name,value,low,central,high,unit,origin,url
func (e Export) CSV() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	row := func(cells ...string) {
		for i, c := range cells {
			cells[i] = csvCell(c)
		}
		w.Write(cells)
	}
	row("section", "name", "value", "low", "central", "high", "unit", "origin", "url")
	row("meta", "app", e.App, "", "", "", "", "", "")
	row("meta", "data_version", e.DataVersion, "", "", "", "", "", "")
	row("meta", "query", e.Query, "", "", "", "", "", "")
	for _, in := range e.Inputs {
		row("input", in.Param, in.Value, "", "", "", "", in.Origin, "")
	}
	for _, o := range e.Outputs {
		row("output", o.Name, "", num(o.Low), num(o.Central), num(o.High), o.Unit, "", "")
	}
	for _, s := range e.Sources {
		row("source", s.ID, s.Title, "", "", "", "", s.Publisher, s.URL)
	}
	w.Flush()
	return b.Bytes()
}

// num writes a figure for a spreadsheet with twelve significant figures,
// far beyond what any input supports, so that the float noise of the
// arithmetic (1194717.9419999998) does not reach the file, and without an
// exponent where a plain number reads ("1194717.942", not "1.19e+06").
func num(v float64) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if a := math.Abs(r); a >= 1e-6 && a < 1e21 {
		return strconv.FormatFloat(r, 'f', -1, 64)
	}
	return strconv.FormatFloat(r, 'g', -1, 64)
}

// csvCell keeps a spreadsheet from reading a cell as a formula. Inputs are
// validated before anything is exported, so this is a second line.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
