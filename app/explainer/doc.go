// Package explainer turns the bilingual article and glossary (content/article)
// into blocks ready to render, with every reference resolved: numbers the
// model computes, values from the data tables, and citations.
//
// The texts hold no typed figures: {{calc preset=gpt-3 energy}} is computed
// by the model for those inputs and links to the calculator with them;
// {{ref id}}, {{param path}} and {{country ISO field}} read the sourced
// tables; {{src id}} cites a source. An unknown reference is an error, so a
// test over both languages guarantees the article can only show numbers the
// model and the tables stand behind.
//
// The package imports no go-app and does no I/O; the app renders its blocks.
package explainer
