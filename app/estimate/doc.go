// Package estimate turns what a visitor asked for (a share link's query
// string, or the calculator form) into a calc scenario, runs it and puts the
// result beside households, countries and power plants.
//
// It is the one place that decides defaults: a preset's published inputs,
// then the chosen accelerator's figures, then the sourced assumptions of
// package content. An input the visitor typed is taken as exact; the
// result's range comes from the inputs left at their defaults.
//
// Everything that arrives here is untrusted: each parameter is parsed as a
// number or a known id, and anything else is an *calc.InputError naming it.
// The package has no go-app, plot or I/O dependency, so it is tested and
// fuzzed on the host.
package estimate
