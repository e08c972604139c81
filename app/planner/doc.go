// Package planner turns a "Powering AI" link (mw, hw, n, pue, lf, region,
// campus) into everything the planner page shows: the campus's facility
// power and annual energy, the firm plants and the solar + storage that
// would supply it, its share of the country's power system, a year's cost
// and the lifecycle CO2e of each option.
//
// Like package estimate, it is the one place that decides defaults, and
// everything that arrives is untrusted: a bad parameter is a
// *calc.InputError naming it. An input the visitor typed is exact; the
// ranges come from the tables' ranges. The package has no go-app, plot or
// I/O dependency, so it is tested and fuzzed on the host.
package planner
