package cli

import (
	"strings"
	"testing"
)

// A plan written the way people write it ("decline crunches", "weighted
// plank") is checked as the exercise done that way, and the variation is
// printed with its reason and numbered source.
func TestCheckShowsVariations(t *testing.T) {
	builtinOnly(t)
	path := writePlan(t, `{"version": 1, "name": "Gym", "items": [
  {"exercise": "decline crunches", "sets": 2, "reps": 10},
  {"exercise": "Weighted plank", "sets": 3, "hold_seconds": 10},
  {"exercise": "hanging plank", "sets": 3, "hold_seconds": 10}
]}`)
	code, out, errs := run(path)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		`"decline crunches" → Crunch, on a decline (name)`,
		"On a decline: a head-down slope",
		`"Weighted plank" → Front plank, weighted (name)`,
		"Weighted: added load",
		"Level: MODERATE",
		"Burden AM, Redmond CG",
		`"hanging plank" is not in the library`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
