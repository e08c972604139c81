// Package calc is Watt Ledger's energy model: the arithmetic of training and
// inference energy, their uncertainty ranges, emissions, and the comparisons
// (households, countries, power plants) that make the figures graspable.
//
// Quantities are typed (Energy in joules, Power in watts, Duration in
// seconds, FLOP, Mass of CO2e in kilograms, Intensity in kg CO2e per joule),
// so that mixing watts and kilowatts, or joules and kilowatt-hours, fails to
// compile instead of printing a wrong number.
//
// Every input is validated: a bad one yields an *InputError naming the field
// (by its URL parameter name) and the reason; no function returns NaN or Inf.
//
// calc must not import go-app, gonum/plot, net/http, the file system or
// package content: it is pure arithmetic that builds and tests on the host
// and under GOOS=js GOARCH=wasm alike.
package calc
