package planner

import (
	"testing"

	"github.com/corecue/corecue/internal/exercise"
)

// The short source line once read "van 1998" and would read "A 2010" for a
// citation that opens with a description: it must name the author (or the
// body) as a person reads it.
func TestShortCiteNamesTheAuthor(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"vandieen-1998":        "van Dieen 1998",
		"axler-mcgill-1997":    "Axler 1997",
		"escamilla-2006-jospt": "Escamilla 2006",
		"niosh-1981":           "NIOSH 1981",
		"nice-ng59":            "NICE 2016",
		"plank-tolerance-2019": "Calatayud 2019",
	}
	for id, w := range want {
		if got := shortCite(lib, id); got != w {
			t.Errorf("shortCite(%s) = %q, want %q", id, got, w)
		}
	}
	if got := shortCite(lib, "eur-spine-2010-torsion"); got == "A 2010" || len(got) < 10 {
		t.Errorf("shortCite(eur-spine-2010-torsion) = %q, a stray word", got)
	}
	if got := shortCite(lib, "no-such-source"); got == "no-such-source" {
		t.Errorf("a missing source shows its key %q", got)
	}
}

// A dated study or review is shown by its first author's name and year; three
// of them once opened with a description instead ("A 2010 study of…"), so the
// Why? panel named no author for them.
func TestEveryDatedSourceNamesItsAuthor(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range lib.AllEvidence() {
		if ev.Year == 0 || (ev.Kind != "study" && ev.Kind != "review") {
			continue
		}
		if leadAuthor(ev.Citation) == "" {
			t.Errorf("%s opens without its author: %q", ev.ID, ev.Citation)
		}
	}
}
