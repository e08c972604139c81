// Package liberation replaces codeberg.org/go-fonts/liberation in Watt Ledger.
//
// gonum.org/v1/plot registers the twelve Liberation fonts in its font cache
// from an init function, so every program that imports plot links 4.4 MB of
// TTF data. Watt Ledger's charts draw all text with their own Noto Sans CJK SC
// subset (app/chart), so wattledger's go.mod replaces this module with this
// directory: the same package paths and exported TTF variables, all holding
// blank.ttf, a 1 KB font with only .notdef and a space. plot still parses and
// registers "Liberation" faces, so nothing panics, but text drawn in them
// would be invisible: chart code must never fall back to them.
//
// blank.ttf was made from Liberation Sans (SIL Open Font License, see
// LICENSE-SIL) with
//
//	pyftsubset LiberationSans-Regular.ttf --unicodes=U+0020 --notdef-outline --no-hinting \
//		--drop-tables+=FFTM --output-file=blank.ttf
package liberation
