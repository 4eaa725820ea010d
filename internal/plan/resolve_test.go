package plan

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

func TestResolve(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := Plan{Name: "Habit", Items: []Item{
		{Exercise: "situps", Sets: 3, Reps: 20},
		{Exercise: "dead-bug", Sets: 2, Reps: 8},
		{Exercise: "Dead bug", Sets: 2, Reps: 8},
		{Exercise: "mcgil curl-up", Sets: 3, HoldSeconds: 8},
		{Exercise: "underwater basket weaving", Sets: 1, Reps: 1},
		{Exercise: "anchored sit-up", Sets: 1, Reps: 5},
	}}
	rs := Resolve(p, lib)
	if len(rs) != len(p.Items) {
		t.Fatalf("%d resolutions", len(rs))
	}
	wantID := []string{"sit-up", "dead-bug", "dead-bug", "mcgill-curl-up", "", "sit-up"}
	wantHow := []exercise.Match{exercise.MatchName, exercise.MatchID, exercise.MatchName, exercise.MatchClose, exercise.MatchNone, exercise.MatchAlias}
	for i, r := range rs {
		if r.ExerciseID() != wantID[i] || r.Resolution.How != wantHow[i] {
			t.Errorf("item %d: %q resolved to %q by %s", i+1, r.Item.Exercise, r.ExerciseID(), r.Resolution.How)
		}
		if r.Item != p.Items[i] {
			t.Errorf("item %d changed", i+1)
		}
	}
	if got := rs[0].Describe(); got != `"situps" → Sit-up (name)` {
		t.Errorf("plural name described as %s", got)
	}
	if got := rs[5].Describe(); got != `"anchored sit-up" → Sit-up (alias)` {
		t.Errorf("alias described as %s", got)
	}
	if got := rs[2].Describe(); got != "Dead bug" {
		t.Errorf("exact name described as %s", got)
	}
	if got := rs[3].Describe(); !strings.Contains(got, "McGill curl-up") || !strings.Contains(got, "close match") {
		t.Errorf("close match described as %s", got)
	}
	if got := rs[4].Describe(); !strings.Contains(got, "not in the library") {
		t.Errorf("unknown described as %s", got)
	}

	q := WithIDs(p, rs)
	want := []string{"sit-up", "dead-bug", "dead-bug", "mcgil curl-up", "underwater basket weaving", "sit-up"}
	for i, it := range q.Items {
		if it.Exercise != want[i] {
			t.Errorf("WithIDs item %d = %q, want %q", i+1, it.Exercise, want[i])
		}
	}
	if p.Items[0].Exercise != "situps" {
		t.Error("WithIDs changed its input")
	}
}

func TestAssess(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := Plan{Name: "p", Items: []Item{
		{Exercise: "leg raises", Sets: 3, Reps: 10},
		{Exercise: "dead bug", Sets: 2, Reps: 8},
		{Exercise: "juggling", Sets: 1, Reps: 5},
	}}
	a, err := Assess(p, lib, risk.Context{Pain: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Result.Items) != 3 || len(a.Resolved) != 3 {
		t.Fatalf("%d assessments", len(a.Result.Items))
	}
	want := []risk.Level{risk.High, risk.Low, risk.NotAssessed}
	for i, w := range want {
		if got := a.Result.Items[i].Level; got != w {
			t.Errorf("item %d (%s): %s, want %s", i+1, p.Items[i].Exercise, got, w)
		}
	}
	if a.Result.Items[2].ExerciseID != "juggling" {
		t.Errorf("unknown item reported as %q", a.Result.Items[2].ExerciseID)
	}
	if _, err := Assess(p, lib, risk.Context{Pain: 11}); err == nil {
		t.Error("pain 11 accepted")
	}
}
