package planner

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A new plan has no exercises, yet Start workout was offered: pressed (by
// mouse, or Tab and Space) it went to the workout tab, which asked for the
// pain score before saying there was nothing to do. It is greyed, out of
// the Tab order, until the plan has an exercise, and greyed again when the
// last one goes.
func TestStartWorkoutWaitsForAnExercise(t *testing.T) {
	started := 0
	r := newRig(t, func(d *Deps) { d.StartWorkout = func(int64) { started++ } })
	b := r.p.Plans
	if err := b.NewPlan("Empty"); err != nil {
		t.Fatal(err)
	}
	test.Tap(b.Workout)
	c := r.w.Canvas()
	for range 60 {
		test.FocusNext(c)
		if c.Focused() == fyne.Focusable(b.Workout) {
			t.Fatal("Tab reached Start workout on an empty plan")
		}
	}
	if started != 0 || !b.Workout.Disabled() {
		t.Fatalf("empty plan: %d workouts started, Start workout disabled %v", started, b.Workout.Disabled())
	}
	r.addFromLibrary(t, "dead bug", "", "", "")
	test.Tap(b.Workout)
	if started != 1 {
		t.Fatal("Start workout did not start a plan with an exercise")
	}
	r.p.Plan.Remove(0)
	if !b.Workout.Disabled() {
		t.Fatal("Start workout stayed on when the last exercise went")
	}
}
