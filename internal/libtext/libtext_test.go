package libtext

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
)

// lang is a language whose library is translated, found from the catalogue
// so the test follows whichever languages are done.
func lang(t *testing.T) string {
	t.Helper()
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ex, _ := lib.Get("dead-bug")
	for _, code := range i18n.Default().Codes() {
		if code != i18n.Source && i18n.In(code, ex.Description) != ex.Description {
			return code
		}
	}
	t.Skip("no language translates the library yet")
	return ""
}

// TestAClinicsOwnWordsAreNotHidden replays a clinic rewriting an exercise's
// description, one of its form cues and its name in its exercises.json: the
// built-in text is shown translated, the clinic's as the clinic wrote it.
func TestAClinicsOwnWordsAreNotHidden(t *testing.T) {
	code := lang(t)
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ex, _ := lib.Get("dead-bug")
	if Text(code, ex.Description) == ex.Description || Name(code, ex.Name) == ex.Name {
		t.Fatalf("%s: the built-in dead bug is not translated", code)
	}
	own := "Our physio's dead bug: arms only for the first week."
	if got := Text(code, own); got != own {
		t.Errorf("the clinic's description became %q", got)
	}
	cues := Cues(code, append([]string{"Keep your ribs down, as Anna showed you"}, ex.FormCues...))
	if cues[0] != "Keep your ribs down, as Anna showed you" || cues[1] == ex.FormCues[0] {
		t.Errorf("cues = %q", cues)
	}
	if got := Name(code, "Dead bug (clinic version)"); got != "Dead bug (clinic version)" {
		t.Errorf("the clinic's name became %q", got)
	}
}

func TestAVariedNameIsTheNameAndItsLabels(t *testing.T) {
	code := lang(t)
	varied := exercise.VariedName("Dead bug", []string{"weighted"})
	got := Name(code, varied)
	want := i18n.In(code, "Dead bug") + ", " + lowerFirst(i18n.In(code, "Weighted"))
	if got != want || got == varied {
		t.Errorf("Name(%q) = %q, want %q", varied, got, want)
	}
	// "kneeling" alone is the drill's all-fours position in the catalogue;
	// after a name it is the variation on the knees.
	kneeling := Name(code, exercise.VariedName("Front plank", []string{"kneeling"}))
	if want := i18n.In(code, "Front plank") + ", " + lowerFirst(i18n.In(code, "Kneeling")); kneeling != want {
		t.Errorf("kneeling: %q, want %q", kneeling, want)
	}
	if got := Name(i18n.Source, varied); got != varied {
		t.Errorf("in English %q became %q", varied, got)
	}
}

// TestAReasonIsTranslatedWholeAndItsTextKeptWithoutWords assesses an
// exercise with a raising context: every reason and modifier reads in the
// language, the values (the pain score) kept; an assessment read back
// from JSON has no Words and shows its English text.
func TestAReasonIsTranslatedWholeAndItsTextKeptWithoutWords(t *testing.T) {
	code := lang(t)
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, err := risk.New(lib).Item(risk.Item{ExerciseID: "sit-up", Variations: []string{"weighted"}}, risk.Context{Pain: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Reasons {
		if got := Reason(code, r); got == r.Text || strings.Contains(got, "%!") {
			t.Errorf("%s %s: %q", code, r.Rule, got)
		}
	}
	if len(a.Modifiers) == 0 {
		t.Fatal("pain 5 raised nothing on a sit-up")
	}
	m := a.Modifiers[0]
	if got := Modifier(code, m); got == m.Text || !strings.Contains(got, "5/10") || strings.Contains(got, "%!") {
		t.Errorf("%s: %q", code, got)
	}
	m.Words = risk.Words{}
	if got := Modifier(code, m); got != m.Text {
		t.Errorf("without words: %q", got)
	}
}
