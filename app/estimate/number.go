package estimate

import (
	"strconv"
	"strings"

	"wattledger/calc"
)

// ParseNumber reads a number as people and links write it: 1287, 0.3,
// 1e23, 3.14E+23, and thousands grouped by commas (10,000). It refuses
// what strconv would also accept but no person means: NaN, Inf, hex
// floats and underscores. Full-width digits and signs from a Chinese input
// method are read as their ASCII forms.
func ParseNumber(f calc.Field, s string) (float64, error) {
	s = normaliseWidth(strings.TrimSpace(s))
	if s == "" {
		return 0, &calc.InputError{Field: f, Reason: calc.ReasonMissing}
	}
	plain, ok := stripGrouping(s)
	if !ok || !isDecimal(plain) {
		return 0, &calc.InputError{Field: f, Reason: calc.ReasonNaN}
	}
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil {
		// Only overflow is left: the grammar is already checked.
		return 0, &calc.InputError{Field: f, Reason: calc.ReasonTooLarge}
	}
	return v, nil
}

// normaliseWidth maps full-width ASCII (U+FF01–U+FF5E) to ASCII and the
// ideographic full stop to a point.
func normaliseWidth(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == '。':
			return '.'
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// stripGrouping removes thousands separators from the integer part, which
// must then come in groups of exactly three digits ("1,5" is refused: it is
// a decimal comma, and guessing would be worse than asking).
func stripGrouping(s string) (string, bool) {
	if !strings.Contains(s, ",") {
		return s, true
	}
	intEnd := strings.IndexAny(s, ".eE")
	if intEnd < 0 {
		intEnd = len(s)
	}
	intPart, rest := s[:intEnd], s[intEnd:]
	if strings.Contains(rest, ",") {
		return "", false
	}
	sign := ""
	if intPart != "" && (intPart[0] == '-' || intPart[0] == '+') {
		sign, intPart = intPart[:1], intPart[1:]
	}
	groups := strings.Split(intPart, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return "", false
		}
	}
	return sign + strings.Join(groups, "") + rest, true
}

// isDecimal checks the grammar [+-]digits[.digits][(e|E)[+-]digits], with
// at least one digit in the mantissa.
func isDecimal(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, exp = i+1, exp+1
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}
