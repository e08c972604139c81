package content

import "testing"

func TestPlannerTablesPointAtKnownRows(t *testing.T) {
	for _, g := range GridCapacities {
		if _, ok := CountryByISO(g.Region); !ok {
			t.Errorf("capacity row %q is not in countries.csv", g.Region)
		}
		if !g.CapacityGW.Known() && !g.AdditionsGW.Known() {
			t.Errorf("capacity row %q has no figure", g.Region)
		}
	}
	for _, s := range SolarResources {
		if _, ok := CountryByISO(s.Region); !ok {
			t.Errorf("solar row %q is not in countries.csv", s.Region)
		}
		if cf := s.CapacityFactor; cf.Value <= 0 || cf.High >= 0.4 || s.LatitudeDeg.Value > 66 {
			t.Errorf("solar row %q: capacity factor %v, latitude %v", s.Region, cf.Value, s.LatitudeDeg.Value)
		}
	}
	for _, p := range ElectricityPrices {
		if _, ok := CountryByISO(p.Region); !ok {
			t.Errorf("price row %q is not in countries.csv", p.Region)
		}
	}
	seen := map[string]bool{}
	for _, c := range Campuses {
		if seen[c.ID] {
			t.Errorf("campus %q listed twice", c.ID)
		}
		seen[c.ID] = true
		if _, ok := CountryByISO(c.Region); !ok {
			t.Errorf("campus %q in unknown region %q", c.ID, c.Region)
		}
		if _, ok := AcceleratorByID(c.Hardware); c.Hardware != "" && !ok {
			t.Errorf("campus %q uses unknown hardware %q", c.ID, c.Hardware)
		}
		if c.NameEN == "" || c.NameZH == "" || !c.FacilityMW.Known() {
			t.Errorf("campus %q lacks a name or its power", c.ID)
		}
		switch c.Status {
		case CampusBuilt, CampusAnnounced:
		case CampusPartlyBuilt:
			if !c.BuiltMW.Known() {
				t.Errorf("campus %q is partly built but says not how much", c.ID)
			}
		default:
			t.Errorf("campus %q has status %q", c.ID, c.Status)
		}
	}
	for _, id := range []string{"xai-colossus", "stargate-abilene", "meta-prometheus", "meta-hyperion", "zhongwei-cdi"} {
		if _, ok := CampusByID(id); !ok {
			t.Errorf("no campus %q", id)
		}
	}
	// The planner's two worked examples need every table.
	for _, iso := range []string{"USA", "chn"} {
		if g, ok := GridCapacityByRegion(iso); !ok || !g.CapacityGW.Known() || !g.AdditionsGW.Known() {
			t.Errorf("%s: capacity row %+v, %v", iso, g, ok)
		}
		if _, fallback := SolarResourceByRegion(iso); fallback {
			t.Errorf("%s has no solar row", iso)
		}
		if _, ok := ElectricityPriceByRegion(iso); !ok {
			t.Errorf("%s has no price", iso)
		}
	}
	if s, fallback := SolarResourceByRegion("BRA"); !fallback || s.Region != "OWID_WRL" {
		t.Errorf("BRA solar fallback = %q, %v", s.Region, fallback)
	}
}
