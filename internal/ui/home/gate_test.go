package home

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/ui/practice"
)

// press sends a key through the window as the keyboard would.
func press(h *Home, k fyne.KeyName) {
	if f := h.window.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: k})
		return
	}
	h.window.Canvas().(interface {
		OnTypedKey() func(*fyne.KeyEvent)
	}).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

func ctrl(h *Home, k fyne.KeyName) {
	h.window.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
}

func TestTheWindowOpensAtTheSafetyQuestions(t *testing.T) {
	d := breath.Vacuum(15) // corecue practice --reps 15
	h, _ := newHomeAtGate(t, Options{Drill: &d})
	if h.window.Content() != h.root || h.root.Objects[0] != h.Gate.Content() {
		t.Fatal("the window does not open at the red-flag questions")
	}
	if h.Practice.State() != practice.Idle {
		t.Fatal("the command line's drill started before the questions were answered")
	}
	answerGate(h, -1)
	if h.root.Objects[0] != h.Tabs {
		t.Fatal("all no did not show the tabs")
	}
	if h.Practice.State() != practice.Running || h.Practice.Picker.Selected != "Vacuum 15 (15 reps)" {
		t.Fatalf("the command line's drill did not start after the questions: %v %q", h.Practice.State(), h.Practice.Picker.Selected)
	}
}

// A person answers yes, then tries every way into exercise: the practice
// drill by keys, the planner and a guided workout. Nothing starts.
func TestAYesBlocksPracticePlanAndWorkout(t *testing.T) {
	h, st := newHomeAtGate(t, Options{})
	id, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}})
	if err != nil {
		t.Fatal(err)
	}
	answerGate(h, 2) // a leg getting weaker
	if h.Gate.Cleared() || h.root.Objects[0] != h.Gate.Content() || h.Gate.Showing() != h.Gate.BlockedNotice() {
		t.Fatal("a yes did not show the see-a-clinician notice in place of the app")
	}
	// Practice: Ctrl+1, then Space.
	ctrl(h, fyne.Key1)
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Idle {
		t.Fatal("a drill started after a yes")
	}
	// Plan: Ctrl+3.
	ctrl(h, fyne.Key3)
	if h.root.Objects[0] == h.Tabs || h.Tabs.Selected() != h.tabs[0].item {
		t.Fatal("the planner is reachable after a yes")
	}
	// Workout: Ctrl+4, Space, and the planner's Start workout.
	ctrl(h, fyne.Key4)
	press(h, fyne.KeySpace)
	h.openWorkout(id)
	if h.Workout.Running() || h.Tabs.Selected() != h.tabs[0].item {
		t.Fatalf("the workout tab opened after a yes (selected %q)", h.Tabs.Selected().Text)
	}
	if h.root.Objects[0] != h.Gate.Content() {
		t.Fatal("the tabs are shown after a yes")
	}
}

// A person Tabs to the drill list, starts the drill with the mouse, then
// presses Space mid-drill: the drill pauses (the greyed list used to open
// and let another drill be chosen while the reps ran on). Space and Escape
// work the same with the Stop button focused.
func TestSpaceAndEscapeReachTheDrillWhateverHasFocus(t *testing.T) {
	h, _ := newHome(t, Options{})
	c := h.window.Canvas()
	for i := 0; i < 10 && c.Focused() != fyne.Focusable(h.Practice.Picker); i++ {
		test.FocusNext(c)
	}
	if c.Focused() != fyne.Focusable(h.Practice.Picker) {
		t.Fatalf("Tab never reached the drill list (at %T)", c.Focused())
	}
	chosen := h.Practice.Picker.Selected
	// A mouse click on Start: the desktop driver leaves focus where it was
	// when the click lands on another focusable control (test.Tap would
	// unfocus).
	h.Practice.Start.Tapped(&fyne.PointEvent{})
	if h.Practice.State() != practice.Running {
		t.Fatal("drill did not start")
	}
	if f := c.Focused(); f != nil {
		t.Fatalf("the greyed drill list kept focus: %T", f)
	}
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Paused || c.Overlays().Top() != nil || h.Practice.Picker.Selected != chosen {
		t.Fatalf("Space mid-drill: state %v, popup %v, drill %q", h.Practice.State(), c.Overlays().Top() != nil, h.Practice.Picker.Selected)
	}
	c.Focus(h.Practice.Stop)
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Running {
		t.Fatalf("Space on the focused Stop button: %v", h.Practice.State())
	}
	c.Focus(h.Practice.Pause)
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Fatalf("Escape on the focused Pause button: %v", h.Practice.State())
	}
}
