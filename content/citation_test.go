package content

import "testing"

func TestCitationMarksAreShortAndLocal(t *testing.T) {
	for _, tt := range []struct {
		id   string
		l    Lang
		want string
	}{
		{"patterson-2021", English, "Patterson et al. 2021"},
		{"patterson-2021", Chinese, "Patterson等 2021"},
		{"nea-2024-electricity", Chinese, "国家能源局 2025"},
		{"nea-2024-electricity", English, "NEA 2025"},
		{"iea-energy-ai-2025", Chinese, "国际能源署 2025"},
		{"lbnl-2024-datacenter", English, "Shehabi et al. 2024"},
		{"google-search-2009", English, "Hölzle 2009"},
		{"bolinger-2022", Chinese, "Bolinger等 2022"},
		{"ndrc-2024-datacentre-plan", Chinese, "国家发展改革委等 2024"},
	} {
		s, ok := SourceByID(tt.id)
		if !ok {
			t.Fatalf("no source %s", tt.id)
		}
		if got := CitationMark(tt.l, s); got != tt.want {
			t.Errorf("%s in %s: %q, want %q", tt.id, tt.l, got, tt.want)
		}
	}
	for _, s := range Sources {
		for _, l := range Langs {
			if m := CitationMark(l, s); len([]rune(m)) > 32 {
				t.Errorf("%s: the mark %q is not short", s.ID, m)
			}
		}
	}
}
