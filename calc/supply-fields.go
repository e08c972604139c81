package calc

// The planner's own inputs. Their names are its URL parameters, as for the
// calculator's fields in errors.go; their limits live here, beside the
// model that reads them.
const (
	// FieldFacilityPower is a campus's facility power in MW (mw=1000).
	FieldFacilityPower Field = "mw"
	// FieldLoadFactor is average draw ÷ facility power (lf=0.8).
	FieldLoadFactor Field = "lf"
	// FieldCampus names a campus preset (campus=stargate-abilene).
	FieldCampus Field = "campus"
)

// plannerLimit is the accepted interval of a planner field. A campus of
// 100 GW would be a tenth of China's or the United States' entire
// generating capacity; anything beyond is not a plan but a typo.
func plannerLimit(f Field) (limit, bool) {
	switch f {
	case FieldFacilityPower:
		return limit{min: 1e-3, max: 1e5}, true
	case FieldLoadFactor:
		return limit{min: 1e-3, max: 1}, true
	}
	return limitOf(f)
}

// PlannerLimits returns the accepted bounds of a planner field (mw in MW,
// lf as a fraction), or of any calculator field, for forms and messages.
func PlannerLimits(f Field) (min, max float64, ok bool) {
	l, ok := plannerLimit(f)
	return l.min, l.max, ok
}

// CheckPlannerField validates one number of a planner field, so that the
// entry point can name the parameter before it builds a Campus.
func CheckPlannerField(f Field, v float64) error {
	l, _ := plannerLimit(f)
	return l.check(f, v)
}

// checkPlannerRange validates each bound of s and their order.
func checkPlannerRange(f Field, s span) error {
	l, _ := plannerLimit(f)
	return l.checkRange(f, s)
}
