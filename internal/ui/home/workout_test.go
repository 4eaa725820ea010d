package home

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/corecue/corecue/internal/breath"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/ui/practice"
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

// corecue workout --plan NAME --pain N starts the plan once the red-flag
// questions are cleared; without --pain it waits for the rating; a name
// no plan has is said on the Workout tab.
func TestCommandLineWorkoutStartsThePlan(t *testing.T) {
	for _, c := range []struct {
		name    string
		pain    int
		running bool
		says    string
	}{
		{"Evening core", 0, true, ""},
		{"Evening core", -1, false, "Rate your pain now"},
		{"Morning", 3, false, `no saved plan called "Morning"`},
	} {
		h, st := newHomeAtGate(t, Options{Plan: c.name, Pain: c.pain, NoWarmUp: true})
		if _, err := st.CreatePlan(plan.Plan{Name: "Evening core", Items: []plan.Item{{Exercise: "dead-bug", Sets: 2, Reps: 8}}}); err != nil {
			t.Fatal(err)
		}
		if h.Workout.Running() {
			t.Fatal("the workout started before the red-flag questions")
		}
		answerGate(h, -1)
		if h.Workout.Running() != c.running || h.Tabs.Selected().Text != "Workout" || !strings.Contains(h.Workout.Message.Text, c.says) {
			t.Errorf("%q pain %d: running %v, tab %q, message %q", c.name, c.pain, h.Workout.Running(), h.Tabs.Selected().Text, h.Workout.Message.Text)
		}
		if h.Workout.WarmUp.Checked {
			t.Errorf("%q: --no-warm-up left the warm-up on", c.name)
		}
		h.Workout.StopEarly()
	}
}

// corecue practice --position kneeling, for someone the ladder has not
// opened kneeling to, shows the drill locked and does not start it.
func TestCommandLineDrillInALockedPositionIsNotStarted(t *testing.T) {
	d := breath.Vacuum(3)
	d.Position = breath.Kneeling
	h, _ := newHome(t, Options{Drill: &d})
	// The reason is the set-up line under the picture; the status row
	// does not say it a second time.
	if h.Practice.State() == practice.Running || !strings.Contains(h.Stage.Reminder.Text, "opens after") || h.Practice.Status.Text != "" {
		t.Fatalf("state %v, set-up line %q, status %q", h.Practice.State(), h.Stage.Reminder.Text, h.Practice.Status.Text)
	}
}

// Mid-workout the person presses Escape, and with "Stop the workout?" open
// presses Ctrl+5: History opened with the question floating over it. The
// tab keys wait while the question is open, and work again once it is
// answered.
func TestTabKeysWaitWhileTheStopQuestionIsOpen(t *testing.T) {
	h, st := newHome(t, Options{})
	if _, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}); err != nil {
		t.Fatal(err)
	}
	h.Workout.Reload()
	h.SelectTab(3)
	h.Workout.PainBefore.SetText("2")
	h.Workout.StartWorkout()
	if !h.Workout.Running() {
		t.Fatalf("workout not started: %q", h.Workout.Message.Text)
	}
	c := h.window.Canvas()
	press(h, fyne.KeyEscape)
	if c.Overlays().Top() == nil {
		t.Fatal("Escape did not ask to stop")
	}
	ctrl5 := &desktop.CustomShortcut{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault}
	shortcut(h, ctrl5)
	if got := h.Tabs.Selected().Text; got != "Workout" || c.Overlays().Top() == nil {
		t.Fatalf("Ctrl+5 with the question open: tab %q, question open %v", got, c.Overlays().Top() != nil)
	}
	press(h, fyne.KeyEscape) // the question's No
	shortcut(h, ctrl5)
	if got := h.Tabs.Selected().Text; got != "History" || c.Overlays().Top() != nil {
		t.Fatalf("Ctrl+5 after the question: tab %q, question open %v", got, c.Overlays().Top() != nil)
	}
}
