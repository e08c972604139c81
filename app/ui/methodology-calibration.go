package ui

import (
	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// calibrationNode is the system the power stack is checked against: an
// 8-GPU H100 node, the one that published measurements cover.
const (
	calibrationHardware = "h100-sxm"
	calibrationGPUs     = 8
)

// calibrationText says what the model's defaults give for one 8-GPU H100
// node (accelerators and the rest of the server, no network, PUE 1),
// beside the measured average and maximum the table below lists.
func calibrationText(l content.Lang) string {
	a, ok := content.AcceleratorByID(calibrationHardware)
	if !ok {
		return ""
	}
	st := estimate.StackOf(a)
	node := func(acc, host float64) calc.Power { return calc.Power(calibrationGPUs*(acc+host)) * calc.Watt }
	low, mid, high := st.Accelerator.Bounds()
	hl, hm, hh := st.Host.Bounds()
	model := calc.Range[calc.Power]{Low: node(low, hl), Central: node(mid, hm), High: node(high, hh)}
	m := content.NodeMeasurements
	watts := func(p content.Param) string { return content.Power(l, calc.Exact(calc.Power(p.Value)*calc.Watt)) }
	return l.T("method.calibration.model", "model", content.Power(l, model), "range", campusPowerRange(l, model),
		"average", watts(m.Average), "maximum", watts(m.Maximum))
}
