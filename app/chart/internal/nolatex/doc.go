// Package latex replaces codeberg.org/go-latex/latex in Watt Ledger.
//
// gonum.org/v1/plot/text offers a LaTeX text handler built on go-latex, so
// every program that imports plot links go-latex, and go-latex's TrueType
// back end parses the four Go fonts (600 KB of TTF data) when the program
// starts. Watt Ledger's charts draw plain text in their own font and never
// use the LaTeX handler, so wattledger's go.mod replaces this module with
// this directory: the few types and functions plot/text refers to, with
// the same names and shapes, and a parser that refuses every expression.
// A chart that asked for LaTeX would panic in plot ("could not parse math
// expression"), which the chart tests would catch.
//
// The declarations follow go-latex v0.2.0's API (BSD 3-clause, see LICENSE);
// no implementation is copied.
package latex
