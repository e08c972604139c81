package calc

// Serving is inference at a steady volume: energy per query × queries per
// day × days.
type Serving struct {
	// PerQuery is the facility energy of one query, PUE included.
	PerQuery      Range[Energy]
	QueriesPerDay float64
	Days          float64
}

// Inference is the result of a serving estimate.
type Inference struct {
	Energy Range[Energy]
	// FacilityPower is the continuous average draw of the serving.
	FacilityPower Range[Power]
	Duration      Duration
	Queries       float64
}

// Estimate returns the serving's energy and its continuous power.
func (s Serving) Estimate() (Inference, error) {
	wh := spanOf(s.PerQuery).scale(1 / float64(WattHour))
	if err := checkRange(FieldQueryWh, wh); err != nil {
		return Inference{}, err
	}
	if err := check(FieldQueriesPerDay, s.QueriesPerDay); err != nil {
		return Inference{}, err
	}
	if err := check(FieldDays, s.Days); err != nil {
		return Inference{}, err
	}
	queries := s.QueriesPerDay * s.Days
	joules := spanOf(s.PerQuery).scale(queries)
	d := Duration(s.Days) * Day
	return Inference{
		Energy:        rangeOf[Energy](joules),
		FacilityPower: rangeOf[Power](joules.scale(1 / float64(d))),
		Duration:      d,
		Queries:       queries,
	}, nil
}

// TokenQuery estimates one query's energy from its arithmetic: a forward
// pass costs 2 FLOPs per active parameter per token, run at a fraction of
// the accelerator's peak, at the accelerator's power and the facility's PUE.
type TokenQuery struct {
	ActiveParameters float64
	Tokens           float64
	PeakRate         FLOPRate
	Utilisation      Range[float64]
	Cluster          Cluster
}

// PerQuery returns the facility energy of one query.
func (q TokenQuery) PerQuery() (Range[Energy], error) {
	if err := check(FieldParameters, q.ActiveParameters); err != nil {
		return Range[Energy]{}, err
	}
	if err := check(FieldTokensPerQuery, q.Tokens); err != nil {
		return Range[Energy]{}, err
	}
	if err := check(FieldPeakFLOPs, float64(q.PeakRate)); err != nil {
		return Range[Energy]{}, err
	}
	if err := checkRange(FieldMFU, spanOf(q.Utilisation)); err != nil {
		return Range[Energy]{}, err
	}
	if err := q.Cluster.validate(); err != nil {
		return Range[Energy]{}, err
	}
	flops := 2 * q.ActiveParameters * q.Tokens
	seconds := point(flops).over(spanOf(q.Utilisation).scale(float64(q.PeakRate)))
	return rangeOf[Energy](seconds.times(q.Cluster.facilityPerAccelerator())), nil
}

// BreakEven says when serving has used as much energy as training did.
type BreakEven struct {
	// Queries is how many queries match the training energy.
	Queries Range[float64]
	// Time is how long that takes at the given volume.
	Time Range[Duration]
}

// BreakEvenPoint returns after how many queries, and at queriesPerDay after
// how long, serving has used the training's energy. Bounds pair the low
// training energy with the high per-query energy, so the range covers both
// uncertainties.
func BreakEvenPoint(training Range[Energy], perQuery Range[Energy], queriesPerDay float64) (BreakEven, error) {
	if err := checkRange(FieldTrainingEnergy, spanOf(training).scale(1/float64(KilowattHour))); err != nil {
		return BreakEven{}, err
	}
	if err := checkRange(FieldQueryWh, spanOf(perQuery).scale(1/float64(WattHour))); err != nil {
		return BreakEven{}, err
	}
	if err := check(FieldQueriesPerDay, queriesPerDay); err != nil {
		return BreakEven{}, err
	}
	queries := spanOf(training).over(spanOf(perQuery))
	return BreakEven{
		Queries: rangeOf[float64](queries),
		Time:    rangeOf[Duration](queries.scale(float64(Day) / queriesPerDay)),
	}, nil
}
