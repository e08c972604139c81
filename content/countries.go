package content

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

// countries.csv is a verbatim copy of the project's shared table (Ember,
// Our World in Data and World Bank data, CC BY 4.0); data/countries-SOURCES.md
// says how it was built. Its figures are cited as ember-2025 (demand,
// intensity), owid-elec-mix (shares) and world-bank-wdi (population).
//
//go:embed data/countries.csv
var countriesCSV string

// Country is one row of countries.csv.
type Country struct {
	ISO        string // iso_code: ISO 3166-1 alpha-3, or OWID_WRL, OWID_EU27, EMBER_*
	NameEN     string
	NameZH     string // blank for two rows whose Chinese name is disputed; Name falls back to English
	EntityType string // country, other or aggregate
	Year       int
	Population float64 // 0 where the World Bank has no series
	DemandTWh  float64
	// PerCapitaKWh is total demand per person (all sectors, not only homes).
	PerCapitaKWh float64
	// IntensityG is the lifecycle gCO2e per kWh generated.
	IntensityG float64
	// Shares of generation in %, by source; -1 where the source published none.
	Shares map[string]float64
}

// Name returns the country's name in language l.
func (c Country) Name(l Lang) string {
	if l == Chinese && c.NameZH != "" {
		return c.NameZH
	}
	return c.NameEN
}

// Countries is every row of countries.csv in file order: aggregates first,
// then by demand, largest first.
var Countries = mustParseCountries(countriesCSV)

// countryIndex maps an upper-case iso_code to its position in Countries.
var countryIndex = indexCountries(Countries)

// CountryByISO finds a row by iso_code, ignoring case (region=chn works).
func CountryByISO(iso string) (Country, bool) {
	i, ok := countryIndex[strings.ToUpper(iso)]
	if !ok {
		return Country{}, false
	}
	return Countries[i], true
}

// ShareColumns are the generation-mix columns, in file order.
var ShareColumns = []string{"coal", "gas", "oil", "nuclear", "hydro", "wind", "solar", "other_renewables"}

func indexCountries(cs []Country) map[string]int {
	m := make(map[string]int, len(cs))
	for i, c := range cs {
		m[c.ISO] = i
	}
	return m
}

func mustParseCountries(text string) []Country {
	cs, err := parseCountries(text)
	if err != nil {
		panic(err)
	}
	return cs
}

func parseCountries(text string) ([]Country, error) {
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("countries.csv: no rows")
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, need := range []string{"iso_code", "name_en", "name_zh", "entity_type", "year", "population",
		"electricity_demand_twh", "per_capita_electricity_kwh", "carbon_intensity_gco2_per_kwh"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("countries.csv: no column %q", need)
		}
	}
	out := make([]Country, 0, len(rows)-1)
	for line, r := range rows[1:] {
		num := func(name string, blank float64) (float64, error) {
			s := r[col[name]]
			if s == "" {
				return blank, nil
			}
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return 0, fmt.Errorf("countries.csv line %d, %s: %w", line+2, name, err)
			}
			return v, nil
		}
		c := Country{ISO: r[col["iso_code"]], NameEN: r[col["name_en"]], NameZH: r[col["name_zh"]],
			EntityType: r[col["entity_type"]], Shares: map[string]float64{}}
		year, err := num("year", 0)
		if err != nil {
			return nil, err
		}
		c.Year = int(year)
		fields := []struct {
			name string
			dst  *float64
		}{
			{"population", &c.Population},
			{"electricity_demand_twh", &c.DemandTWh},
			{"per_capita_electricity_kwh", &c.PerCapitaKWh},
			{"carbon_intensity_gco2_per_kwh", &c.IntensityG},
		}
		for _, f := range fields {
			if *f.dst, err = num(f.name, 0); err != nil {
				return nil, err
			}
		}
		for _, s := range ShareColumns {
			if c.Shares[s], err = num("share_"+s, -1); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, nil
}
