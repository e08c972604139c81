package ui

import (
	"net/url"
	"testing"

	"wattledger/app/estimate"
	"wattledger/content"
)

// TestPowerNoteReadsNaturally checks the result card's note on the
// cluster's power: a small cluster is told in homes of the compared
// region drawing as much (GPT-3's 3.63 MW over a US home's 10,791 kWh a
// year, 1.232 kW on average, is 2,947 homes), a large one as a share of a
// reactor; never a fraction such as "0.393% of a reactor".
func TestPowerNoteReadsNaturally(t *testing.T) {
	for _, c := range []struct {
		query string
		l     content.Lang
		want  string
	}{
		{"preset=gpt-3", content.English, "About what 2,950 homes in the United States draw on average."},
		{"preset=gpt-3", content.Chinese, "约等于美国2950户家庭的平均用电功率。"},
		{"preset=deepseek-v3&region=CHN", content.Chinese, "约等于中国1.4万人的平均生活用电功率。"},
		{"preset=custom&hw=h100-sxm&n=100000&hours=2160&region=USA", content.English, "15% of a 1 GW reactor's average output."},
	} {
		q, _ := url.ParseQuery(c.query)
		o, err := estimate.Estimate(estimate.FromQuery(q))
		if err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		if got := powerNote(c.l, o); got != c.want {
			t.Errorf("%s (%s): note %q, want %q", c.query, c.l, got, c.want)
		}
	}
}
