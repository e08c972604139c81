package ui

import (
	"testing"

	"wattledger/calc"
)

func TestSavedStateRefusesWhatIsNotOurs(t *testing.T) {
	for _, raw := range []string{``, `null`, `"x"`, `[]`, `{"v":0,"q":"preset=gpt-3"}`, `{"v":2}`, `{"v":1,"lang":"fr"}`, `{"v":"1"}`, `{`} {
		if _, ok := decodeSavedState([]byte(raw)); ok {
			t.Errorf("%q accepted", raw)
		}
	}
	s, ok := decodeSavedState([]byte(`{"v":1,"q":"preset=bloom-176b&region=FRA","lang":"zh"}`))
	if !ok || s.Lang != "zh" {
		t.Fatalf("good state refused: %+v", s)
	}
	in, ok := savedInputs(s.Query)
	if !ok || in.Get(calc.FieldPreset) != "bloom-176b" {
		t.Fatalf("saved inputs: %+v, %v", in, ok)
	}
	for _, q := range []string{"preset=nope", "n=abc", "%zz", "pue=0.1"} {
		if _, ok := savedInputs(q); ok {
			t.Errorf("saved query %q accepted", q)
		}
	}
}

// FuzzSavedState checks that no stored value, however corrupt, panics or
// yields inputs the model refuses.
func FuzzSavedState(f *testing.F) {
	f.Add([]byte(`{"v":1,"q":"preset=gpt-3&n=5","lang":"en"}`))
	f.Add([]byte(`{"v":1,"q":"%%%","lang":"zh"}`))
	f.Add([]byte(`{"v":9}`))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, ok := decodeSavedState(raw)
		if !ok {
			return
		}
		if s.Version != storageVersion {
			t.Fatalf("accepted version %d", s.Version)
		}
		savedInputs(s.Query)
	})
}
