// Package content owns everything Watt Ledger says and cites: the English and
// Chinese message catalogues, the long texts, and the sourced data tables
// (accelerators, presets, households, power sources, countries, sources).
//
// Every number in a table is a Param that names its source id, its year and,
// where the source gives one, a low/high range; tests refuse a value without
// a known source. The methodology page is generated from these same tables.
//
// content may import calc (to hand typed quantities to the model) but never
// go-app, gonum/plot, net/http or anything that does I/O beyond go:embed.
package content
