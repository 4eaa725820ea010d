package plan

import (
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

// A plan that says how an exercise is done is assessed that way, and keeps
// saying so once its names are replaced by ids.
func TestPlanKeepsVariations(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := Plan{Name: "Gym", Items: []Item{
		{Exercise: "weighted plank", Sets: 3, HoldSeconds: 10},
		{Exercise: "Decline crunches", Sets: 2, Reps: 10},
		{Exercise: "plank", Sets: 3, HoldSeconds: 10},
	}}
	check := func(p Plan) {
		t.Helper()
		a, err := Assess(p, lib, risk.Context{})
		if err != nil {
			t.Fatal(err)
		}
		w, d, plain := a.Result.Items[0], a.Result.Items[1], a.Result.Items[2]
		if w.ExerciseID != "front-plank" || w.Level != risk.Moderate || w.Name != "Front plank, weighted" || !hasRule(w.Reasons, risk.RuleWeighted) {
			t.Errorf("weighted plank: %s %q %+v", w.Level, w.Name, w.Reasons)
		}
		if d.ExerciseID != "crunch" || d.Name != "Crunch, on a decline" || !hasRule(d.Reasons, risk.RuleDecline) {
			t.Errorf("decline crunches: %q %+v", d.Name, d.Reasons)
		}
		if plain.Level != risk.Low {
			t.Errorf("plank: %s", plain.Level)
		}
	}
	check(p)
	saved := WithIDs(p, Resolve(p, lib))
	if saved.Items[0].Exercise != "weighted front-plank" || saved.Items[1].Exercise != "decline crunch" || saved.Items[2].Exercise != "front-plank" {
		t.Errorf("saved as %q, %q, %q", saved.Items[0].Exercise, saved.Items[1].Exercise, saved.Items[2].Exercise)
	}
	check(saved)
}

func hasRule(rs []risk.Reason, rule string) bool {
	for _, r := range rs {
		if r.Rule == rule {
			return true
		}
	}
	return false
}
