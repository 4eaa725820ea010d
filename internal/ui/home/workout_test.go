package home

import (
	"strings"
	"testing"
	"time"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/plan"
)

func TestHandoutGetsProgressOnlyWithHistory(t *testing.T) {
	h, st := newHome(t, Options{})
	d := Deps{Store: st}
	if progressOf(d) != nil {
		t.Fatal("progress without sessions")
	}
	id, _ := st.BeginSession(hist.Session{Kind: hist.Workout, Started: time.Now(), Name: "p", PainBefore: 2, PainAfter: hist.NoPain})
	st.EndSession(id, hist.Partial, 1, false)
	h.History.Goal.SetText("5")
	h.History.SetGoal()
	p := progressOf(d)
	if p == nil || len(p.Sessions) != 1 || p.Goal != 5 {
		t.Fatalf("progress %+v", p)
	}
	if h.History.Rows != nil && len(h.History.Rows) != 1 {
		t.Fatalf("history rows %d", len(h.History.Rows))
	}
}

func TestPracticeDrillLeavesTheWorkoutResumable(t *testing.T) {
	h, st := newHome(t, Options{})
	if _, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}); err != nil {
		t.Fatal(err)
	}
	h.Workout.Reload()
	h.Workout.PainBefore.SetText("2")
	h.Workout.StartWorkout()
	if !h.Workout.Running() {
		t.Fatalf("workout not started: %q", h.Workout.Message.Text)
	}
	h.Practice.StartDrill()
	if h.Workout.Running() || !strings.Contains(h.Workout.Message.Text, "resume") {
		t.Fatalf("workout still follows the clock: %q", h.Workout.Message.Text)
	}
	if _, ok, _ := st.Unfinished(); !ok {
		t.Fatal("the left workout is not resumable")
	}
}
