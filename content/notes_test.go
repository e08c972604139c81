package content

import "testing"

// TestTableNotesFindsEveryNote checks the explicit list in tableNotes
// against a reflective walk, so a new table's notes cannot be missed.
func TestTableNotesFindsEveryNote(t *testing.T) {
	listed := map[string]bool{}
	for _, n := range tableNotes() {
		listed[n] = true
	}
	for _, sp := range allParams() {
		if sp.p.Note != "" && !listed[sp.p.Note] {
			t.Errorf("%s's note is not in tableNotes", sp.where)
		}
	}
}

func TestEveryNoteHasACurrentChineseTranslation(t *testing.T) {
	missing := 0
	for _, en := range tableNotes() {
		if _, ok := noteTranslations()[EnglishHash(en)]; !ok {
			missing++
			t.Errorf("no Chinese for note %s: %q", EnglishHash(en), en)
		}
	}
	if missing > 0 {
		t.Logf("%d notes lack Chinese; see content/i18n/notes/README.md", missing)
	}
}

func TestNoTranslationIsOrphaned(t *testing.T) {
	current := map[string]bool{}
	for _, en := range tableNotes() {
		current[EnglishHash(en)] = true
	}
	for h := range noteTranslations() {
		if !current[h] {
			t.Errorf("notes.zh.json has %s, which translates no current note (its English changed or went)", h)
		}
	}
}
