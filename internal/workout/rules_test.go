package workout

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
)

func held(reps, hold int) VacuumSession {
	return VacuumSession{Reps: reps, HoldSeconds: hold, HeldThroughout: true, PainBefore: 2, PainAfter: 2}
}

func TestProgressionMovesUpAfterThreeHeldSessionsInARow(t *testing.T) {
	cases := []struct {
		name      string
		hist      []VacuumSession
		move      Move
		reps, hol int
	}{
		{"three held at 10", []VacuumSession{held(10, 10), held(10, 10), held(10, 10)}, MoveUp, 15, 10},
		{"two held is not enough", []VacuumSession{held(10, 10), held(10, 10)}, Stay, 10, 10},
		{"three held at 15", []VacuumSession{held(15, 10), held(15, 10), held(15, 10)}, MoveUp, 20, 10},
		{"at 20 reps, longer holds", []VacuumSession{held(20, 10), held(20, 10), held(20, 10)}, MoveUp, 20, 15},
		{"holds keep growing", []VacuumSession{held(20, 15), held(20, 15), held(20, 15)}, MoveUp, 20, 20},
		{"top of the ladder", []VacuumSession{held(20, 30), held(20, 30), held(20, 30)}, Stay, 20, 30},
		{"a session not held breaks the streak",
			[]VacuumSession{held(10, 10), {Reps: 10, HoldSeconds: 10, PainBefore: -1, PainAfter: -1}, held(10, 10), held(10, 10)}, Stay, 10, 10},
		{"sessions at an older dose do not count",
			[]VacuumSession{held(10, 10), held(10, 10), held(15, 10)}, Stay, 15, 10},
		{"pain rise steps back from 15", []VacuumSession{held(15, 10), held(15, 10), {Reps: 15, HoldSeconds: 10, HeldThroughout: true, PainBefore: 2, PainAfter: 4}}, StepBack, 10, 10},
		{"pain rise steps back a hold", []VacuumSession{{Reps: 20, HoldSeconds: 20, HeldThroughout: true, PainBefore: 1, PainAfter: 3}}, StepBack, 20, 15},
		{"pain rise at the bottom shortens the hold", []VacuumSession{{Reps: 10, HoldSeconds: 10, PainBefore: 0, PainAfter: 1}}, StepBack, 10, 5},
		{"pain falling is no rise", []VacuumSession{held(10, 10), held(10, 10), {Reps: 10, HoldSeconds: 10, HeldThroughout: true, PainBefore: 4, PainAfter: 2}}, MoveUp, 15, 10},
		{"unknown pain is no rise", []VacuumSession{{Reps: 15, HoldSeconds: 10, PainBefore: -1, PainAfter: 5}}, Stay, 15, 10},
	}
	for _, c := range cases {
		s := Suggest(c.hist)
		if s.Move != c.move || s.Reps != c.reps || s.HoldSeconds != c.hol {
			t.Errorf("%s: got %v %d×%d s (%q), want %v %d×%d s", c.name, s.Move, s.Reps, s.HoldSeconds, s.Text, c.move, c.reps, c.hol)
		}
		if s.Text == "" || len(s.Evidence) == 0 {
			t.Errorf("%s: suggestion without words or source", c.name)
		}
		if s.Move != Stay && !strings.Contains(s.Text, "choice") {
			t.Errorf("%s: a suggestion must leave the choice to the person: %q", c.name, s.Text)
		}
	}
}

func TestFeltItRaisesTheExerciseAndOffersItsFirstAlternative(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e := risk.New(lib)
	item := risk.Item{ExerciseID: "mcgill-curl-up", Sets: 3, Reps: 8}
	fb, felt, err := FeltIt(e, item, risk.Context{Pain: 2})
	if err != nil {
		t.Fatal(err)
	}
	if fb.After.Level != fb.Before.Level+1 {
		t.Fatalf("level %s → %s, want one higher", fb.Before.Level, fb.After.Level)
	}
	if len(felt) != 1 || felt[0] != "mcgill-curl-up" {
		t.Fatalf("felt list %v", felt)
	}
	if fb.Offer == nil || fb.Offer.ID != fb.After.Alternatives[0].ID || fb.Offer.Level >= fb.After.Level {
		t.Fatalf("offer %+v alternatives %+v", fb.Offer, fb.After.Alternatives)
	}
	if !strings.Contains(fb.Text, "[self-report]") || !strings.Contains(fb.Text, fb.Offer.Name) {
		t.Fatalf("text %q", fb.Text)
	}
	// Next time: the stored list raises it again without a new report.
	again, err := e.Item(item, risk.Context{Pain: 2, FeltIt: felt})
	if err != nil || again.Level != fb.After.Level {
		t.Fatalf("next session level %s, want %s (%v)", again.Level, fb.After.Level, err)
	}
	// Reporting twice does not list it twice.
	_, felt2, _ := FeltIt(e, item, risk.Context{Pain: 2, FeltIt: felt})
	if len(felt2) != 1 {
		t.Fatalf("felt list %v", felt2)
	}
	// An unknown exercise is noted but cannot be raised.
	fb, felt, err = FeltIt(e, risk.Item{ExerciseID: "juggling"}, risk.Context{})
	if err != nil || fb.After.Assessed() || len(felt) != 0 || !strings.Contains(fb.Text, "clinician") {
		t.Fatalf("unknown: %+v %v %v", fb, felt, err)
	}
	if _, _, err := FeltIt(e, item, risk.Context{Pain: 11}); err == nil {
		t.Fatal("pain 11 accepted")
	}
}

func TestFromPlanNamesFlagsAndOffersAlternatives(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := plan.Plan{Name: "Mixed", Items: []plan.Item{
		{Exercise: "situps", Sets: 2, Reps: 15, RestSeconds: 30},
		{Exercise: "bird-dog", Sets: 3, HoldSeconds: 8, RestSeconds: 20},
		{Exercise: "juggling", Sets: 1, Reps: 5},
	}}
	a, err := plan.Assess(p, lib, risk.Context{})
	if err != nil {
		t.Fatal(err)
	}
	its := FromPlan(a)
	if its[0].ExerciseID != "sit-up" || its[0].Name != "Sit-up" || len(its[0].FormCues) == 0 {
		t.Fatalf("sit-up item %+v", its[0])
	}
	if !strings.Contains(its[0].Flag, "risk for your back") || !strings.Contains(its[0].Flag, "[") || its[0].AltID != "mcgill-curl-up" {
		t.Fatalf("sit-up flag %q alt %q", its[0].Flag, its[0].AltID)
	}
	if its[1].Flag != "" || its[1].AltID != "" || its[1].HoldSeconds != 8 {
		t.Fatalf("bird dog %+v", its[1])
	}
	if its[2].ExerciseID != "" || its[2].Name != "juggling" || !strings.Contains(its[2].Flag, "Not assessed") {
		t.Fatalf("unknown %+v", its[2])
	}
	alt := AltItem(its[0], lib)
	if alt.ExerciseID != "mcgill-curl-up" || alt.Sets != 2 || alt.Reps != 15 || len(alt.FormCues) == 0 {
		t.Fatalf("alt %+v", alt)
	}
	if _, err := New(its, DefaultOptions()); err != nil {
		t.Fatalf("plan items do not play: %v", err)
	}
}

func TestVacuumHistoryNeedsEveryRepAndTheReport(t *testing.T) {
	ses := []history.Session{
		{Kind: history.Workout, VacuumPlanned: 10, VacuumReps: 10, VacuumHold: 10, HeldThroughout: true, PainBefore: 1, PainAfter: 1},
		{Kind: history.Workout, VacuumPlanned: 0},
		{Kind: history.Workout, VacuumPlanned: 10, VacuumReps: 8, VacuumHold: 10, HeldThroughout: true, PainBefore: -1, PainAfter: -1},
		{Kind: history.Workout, VacuumPlanned: 10, VacuumReps: 10, VacuumHold: 10, HeldThroughout: false, PainBefore: -1, PainAfter: -1},
	}
	h := VacuumHistory(ses)
	if len(h) != 3 || !h[0].HeldThroughout || h[1].HeldThroughout || h[2].HeldThroughout || h[0].Reps != 10 {
		t.Fatalf("history %+v", h)
	}
}

// An exercise already high is not "raised one level" by pain or a report,
// and "felt it" on it does not say "now flagged high (was high)".
func TestWordsOnAnExerciseAlreadyHighAreTrue(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ctx := risk.Context{Pain: 5, FeltIt: []string{"sit-up"}}
	a, err := plan.Assess(plan.Plan{Name: "x", Items: []plan.Item{{Exercise: "sit-up", Sets: 2, Reps: 10}}}, lib, ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Result.Items[0].BaseLevel != risk.High {
		t.Fatalf("the sit-up's base level is %s", a.Result.Items[0].BaseLevel)
	}
	flag := FromPlan(a)[0].Flag
	if strings.Contains(flag, "raised one level") || !strings.Contains(flag, "feeling this exercise in your back") {
		t.Fatalf("flag %q", flag)
	}
	fb, _, err := FeltIt(risk.New(lib), risk.Item{ExerciseID: "sit-up", Sets: 2, Reps: 10}, risk.Context{Pain: 5})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(fb.Text, "(was high)") || strings.Contains(fb.Text, "now flagged high") || !strings.Contains(fb.Text, "already flagged high") {
		t.Fatalf("feedback %q", fb.Text)
	}
}
