package explainer

import (
	"fmt"
	"strings"

	"wattledger/content"
)

// param resolves a table path: preset.ID.FIELD, hw.ID.tdp|peak,
// source.ID.capacity|cf|lifecycle, household.ISO, assumption.NAME.
func (r *resolver) param(path, form string) (Inline, error) {
	parts := strings.Split(path, ".")
	p, err := lookupParam(parts)
	if err != nil {
		return Inline{}, fmt.Errorf("{{param %s}}: %w", path, err)
	}
	if !p.Known() {
		return Inline{}, fmt.Errorf("{{param %s}}: no value in the table", path)
	}
	in, err := r.value(p, form)
	if err != nil {
		return Inline{}, fmt.Errorf("{{param %s}}: %w", path, err)
	}
	if strings.HasPrefix(parts[len(parts)-1], "published-") && form == "" {
		// A published figure is quoted as its publisher states it.
		in.Text = content.FormatParamValue(r.lang, p)
	}
	return in, nil
}

func lookupParam(parts []string) (content.Param, error) {
	// Ids contain dots (llama-3.1-405b): the id is everything between the
	// table name and the last part.
	if len(parts) < 2 {
		return content.Param{}, fmt.Errorf("path too short")
	}
	table, last := parts[0], parts[len(parts)-1]
	id := strings.Join(parts[1:len(parts)-1], ".")
	switch table {
	case "household":
		h, ok := content.HouseholdByRegion(strings.Join(parts[1:], "."))
		if !ok {
			return content.Param{}, fmt.Errorf("no household figure for that region")
		}
		return h.KWhPerYear, nil
	case "assumption":
		a := content.Assumptions
		m := map[string]content.Param{"mfu": a.MFU, "tdpfraction": a.TDPFraction, "querywh": a.QueryWh, "queriesperday": a.QueriesPerDay}
		p, ok := m[last]
		if !ok || len(parts) != 2 {
			return content.Param{}, fmt.Errorf("unknown assumption")
		}
		return p, nil
	case "preset":
		p, ok := content.PresetByID(id)
		if !ok {
			return content.Param{}, fmt.Errorf("unknown preset %q", id)
		}
		m := map[string]content.Param{
			"accelerators": p.Accelerators, "hours": p.WallClockHours, "gpuh": p.AcceleratorHours,
			"power": p.PowerPerAccelerator, "pue": p.PUE, "flops": p.FLOPs, "parameters": p.Parameters,
			"tokens": p.Tokens, "grid": p.GridIntensity, "published-energy": p.PublishedEnergyKWh,
			"published-co2": p.PublishedCO2Tonnes, "mfu": p.MFU,
		}
		v, ok := m[last]
		if !ok {
			return content.Param{}, fmt.Errorf("unknown preset field %q", last)
		}
		return v, nil
	case "hw":
		a, ok := content.AcceleratorByID(id)
		if !ok {
			return content.Param{}, fmt.Errorf("unknown accelerator %q", id)
		}
		m := map[string]content.Param{"tdp": a.TDP, "peak": a.PeakFLOPs, "measured": a.MeasuredPower}
		v, ok := m[last]
		if !ok {
			return content.Param{}, fmt.Errorf("unknown accelerator field %q", last)
		}
		return v, nil
	case "source":
		s, ok := content.PowerSourceByID(id)
		if !ok {
			return content.Param{}, fmt.Errorf("unknown power source %q", id)
		}
		m := map[string]content.Param{"capacity": s.UnitCapacityMW, "cf": s.CapacityFactor, "lifecycle": s.LifecycleGCO2PerKWh, "land": s.LandM2PerMW}
		v, ok := m[last]
		if !ok {
			return content.Param{}, fmt.Errorf("unknown power source field %q", last)
		}
		return v, nil
	}
	return content.Param{}, fmt.Errorf("unknown table %q", table)
}
