package ui

import (
	"strconv"
	"strings"
	"unicode"

	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/calc"
	"wattledger/content"
)

// chartFileName names a chart's download after the site, the run and the
// chart, in the page's language ("watt-ledger-gpt-3-power-by-part.svg",
// "瓦特账本-gpt-3-功率构成.png"): a saved chart found later in a downloads
// folder says what it shows, and the English and Chinese drawings of one
// chart do not overwrite each other.
func chartFileName(l content.Lang, run, kind, ext string) string {
	name := fileSafe(l.T("download.prefix")) + "-" + fileSafe(run) + "-" + fileSafe(l.T("download.chart."+kind))
	return name + "." + ext
}

// calculatorRunName names the calculator's run in a file name: its
// preset's id, marked when the visitor changed its numbers or asked for
// inference; a run of the visitor's own is "custom-run" / "自定义运行".
func calculatorRunName(l content.Lang, o estimate.Outcome) string {
	r := o.Resolved
	if r.Preset.ID == estimate.CustomPreset {
		return l.T("preset.custom")
	}
	run := r.Preset.ID
	switch {
	case r.Method == calc.MethodInference:
		return l.T("download.run.inference", "run", run)
	case r.Modified():
		return l.T("download.run.modified", "run", run)
	}
	return run
}

// powerRunName names the power page's facility in a file name: the named
// campus, the cluster's accelerator and count, or the facility power.
func powerRunName(l content.Lang, o planner.Outcome) string {
	switch {
	case o.HasCampus:
		return o.Campus.ID
	case o.Basis == planner.BasisCluster:
		return o.Cluster.Hardware.ID + "-" + strconv.FormatFloat(o.Cluster.Accelerators, 'f', -1, 64)
	}
	return content.Power(l, o.Facility)
}

// fileSafe lower-cases s and keeps what every common file system accepts
// in a name: letters (Chinese included), digits, "." and single hyphens in
// place of spaces and other marks.
func fileSafe(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	return b.String()
}
