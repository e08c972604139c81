package content

import "strings"

// countries.csv is a verbatim copy of the project's shared table (Ember,
// Our World in Data and World Bank data, CC BY 4.0); data/countries-SOURCES.md
// says how it was built. Its figures are cited as ember-2025 (demand,
// intensity) and world-bank-wdi (population); its generation-mix columns
// (owid-elec-mix) are not used by the model. countries_gen.go holds the
// rows as Go (go run ./content/cmd/tablegen), so that no visitor's browser
// parses the CSV.

// Country is one row of countries.csv. A number the source does not
// publish is 0.
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
}

// Name returns the country's name in language l.
func (c Country) Name(l Lang) string {
	if l == Chinese && c.NameZH != "" {
		return c.NameZH
	}
	return c.NameEN
}

// NameInText is the name as a sentence writes it: English puts "the"
// before the names that take it ("a home in the United States", "the
// Netherlands", "the world"); Chinese is Name.
func (c Country) NameInText(l Lang) string {
	name := c.Name(l)
	if l == Chinese {
		return name
	}
	switch {
	case c.ISO == "OWID_WRL":
		return "the world"
	case c.ISO == "OWID_EU27":
		return "the European Union"
	case strings.HasPrefix(name, "United ") || strings.HasSuffix(name, " Islands") || strings.HasSuffix(name, " Republic") ||
		strings.HasPrefix(name, "Democratic Republic") || theCountries[c.ISO]:
		return "the " + name
	}
	return name
}

// Capitalise starts a sentence that begins with a name: "The United
// States as a whole …".
func Capitalise(s string) string {
	if strings.HasPrefix(s, "the ") {
		return "The " + s[4:]
	}
	return s
}

// theCountries are the other countries English names with "the".
var theCountries = map[string]bool{"NLD": true, "PHL": true, "BHS": true, "GMB": true, "MDV": true, "COM": true}

// countryIndex maps an upper-case iso_code to its position in Countries.
var countryIndex = indexCountries(Countries)

// CountryByISO finds a row by iso_code, ignoring case (region=chn works).
func CountryByISO(iso string) (Country, bool) {
	i, ok := CountryIndex(iso)
	if !ok {
		return Country{}, false
	}
	return Countries[i], true
}

// CountryIndex is the position in Countries of the row with iso_code,
// ignoring case.
func CountryIndex(iso string) (int, bool) {
	i, ok := countryIndex[strings.ToUpper(iso)]
	return i, ok
}

func indexCountries(cs []Country) map[string]int {
	m := make(map[string]int, len(cs))
	for i, c := range cs {
		m[c.ISO] = i
	}
	return m
}
