// Package tablegen turns the content package's source files (the i18n JSON
// catalogues, the notes' translations and countries.csv) into Go source
// that content compiles in.
//
// The files people edit stay JSON and CSV. The browser, though, should not
// decode them on every visit: in the WebAssembly, encoding/json and
// encoding/csv ran on the start-up path, and their loops were hot enough
// for V8 to recompile them with its optimising tier while the page was
// loading, on a visitor's second core. Generated Go literals cost nothing
// to read. content's tests check that the generated files are current.
package tablegen
