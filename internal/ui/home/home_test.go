package home

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/practice"
)

// newHome builds the window as a person sees it after answering no to
// every red-flag question.
func newHome(t *testing.T, opt Options) (*Home, *store.Store) {
	t.Helper()
	h, st := newHomeAtGate(t, opt)
	answerGate(h, -1)
	if !h.Gate.Cleared() {
		t.Fatalf("all-no answers did not clear the gate: %q", h.Gate.Message.Text)
	}
	return h, st
}

// answerGate answers every red-flag question no, except question yes
// (from 0; -1 for none), and presses Continue.
func answerGate(h *Home, yes int) {
	for i := range h.Gate.Answers {
		h.Gate.Answer(i, i == yes)
	}
	test.Tap(h.Gate.Continue)
}

// newHomeAtGate builds the window as it opens: at the red-flag questions.
func newHomeAtGate(t *testing.T, opt Options) (*Home, *store.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	st, n, err := store.Open(t.TempDir())
	if err != nil || !n.Empty() {
		t.Fatalf("store: %v %v", err, n)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	h := New(a, w, Deps{Player: audio.Open(true), Store: st, Library: lib}, opt)
	t.Cleanup(h.Close)
	return h, st
}

func TestWindowHasEveryScreen(t *testing.T) {
	h, _ := newHome(t, Options{})
	var names []string
	for _, it := range h.Tabs.Items {
		names = append(names, it.Text)
	}
	if got := strings.Join(names, ","); got != "Practice,My drills,Plan,Workout,History,Settings" {
		t.Fatalf("tabs %s", got)
	}
	if off, why := h.player.Silent(); !off || why != audio.OffByChoice {
		t.Fatalf("silent %v %q", off, why)
	}
	if !strings.Contains(h.Stage.Sound.Text, "Sound is off") {
		t.Fatalf("sound note %q", h.Stage.Sound.Text)
	}
}

func TestPracticeOptionOpensARunningDrill(t *testing.T) {
	d := breath.Vacuum(12)
	h, _ := newHome(t, Options{Drill: &d})
	if h.Practice.State() != practice.Running || h.Practice.Picker.Selected != "Vacuum 12 (12 reps)" {
		t.Fatalf("state %v selected %q", h.Practice.State(), h.Practice.Picker.Selected)
	}
	// Space reaches the practice screen through the window.
	h.window.Canvas().(interface {
		OnTypedKey() func(*fyne.KeyEvent)
	}).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySpace})
	if h.Practice.State() != practice.Paused {
		t.Fatalf("space did not pause: %v", h.Practice.State())
	}
}

func TestCustomDrillsRoundTripThroughSQLite(t *testing.T) {
	h, st := newHome(t, Options{})
	h.Drills.Name.SetText("Long holds")
	h.Drills.Hold.SetText("20")
	test.Tap(h.Drills.Save)
	rows, err := st.Drills()
	if err != nil || len(rows) != 1 || !strings.Contains(string(rows[0].JSON), `"hold_s":20`) {
		t.Fatalf("stored %v %v (%s)", rows, err, h.Drills.Message.Text)
	}
	if !contains(h.Practice.Picker.Options, "Long holds (10 reps)") {
		t.Fatalf("picker %v", h.Practice.Picker.Options)
	}
	// A row that no longer validates is reported by name, not silently dropped.
	if err := st.SaveDrill(store.Drill{Name: "Broken", JSON: []byte(`{"name":"Broken","reps":0}`)}); err != nil {
		t.Fatal(err)
	}
	list, err := drillStore{st}.ListDrills()
	if len(list) != 1 || err == nil || !strings.Contains(err.Error(), "Broken") {
		t.Fatalf("list %v err %v", list, err)
	}
}

func TestSettingsReachTheSound(t *testing.T) {
	h, _ := newHome(t, Options{})
	h.show(tabSettings)
	test.Tap(h.Settings.Mute)
	if !h.sound.mix.Mute {
		t.Fatal("mute did not reach the mix")
	}
	test.Tap(h.Settings.Reduced)
	if !h.Stage.Diagram.ReducedMotion() {
		t.Fatal("reduced motion did not reach the picture")
	}
	if !h.Workout.Live.Figure.ReducedMotion() {
		t.Fatal("reduced motion did not reach the workout's figure")
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestCtrlNumberOpensTabs(t *testing.T) {
	h, _ := newHome(t, Options{})
	sc := &desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault}
	h.window.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
	if h.Tabs.Selected().Text != "Plan" {
		t.Fatalf("selected %q", h.Tabs.Selected().Text)
	}
	h.SelectTab(99) // no such tab: nothing happens
	if h.Tabs.Selected().Text != "Plan" {
		t.Fatal("out-of-range tab changed the selection")
	}
}

func TestWorkoutTabListsSavedPlans(t *testing.T) {
	h, st := newHome(t, Options{})
	if _, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}); err != nil {
		t.Fatal(err)
	}
	for i, it := range h.Tabs.Items {
		if it.Text == "Workout" {
			h.SelectTab(i)
		}
	}
	if len(h.Workout.Plan.Options) != 1 || !strings.HasPrefix(h.Workout.Plan.Selected, "Evening") {
		t.Fatalf("plans %v", h.Workout.Plan.Options)
	}
}

func TestPlannerStartsAWorkoutOnTheOpenPlan(t *testing.T) {
	h, st := newHome(t, Options{})
	id, err := st.CreatePlan(plan.Plan{Name: "Evening core", Items: []plan.Item{{Exercise: "dead-bug", Sets: 2, Reps: 8}}})
	if err != nil {
		t.Fatal(err)
	}
	h.plan().Plans.Open(id)
	if h.plan().Plans.Workout.Hidden || h.plan().Plans.Workout.Disabled() {
		t.Fatal("Start workout not offered with a plan open")
	}
	test.Tap(h.plan().Plans.Workout)
	if h.Tabs.Selected().Text != "Workout" || h.Workout.Plan.Selected == "" || !strings.Contains(h.Workout.Plan.Selected, "Evening core") {
		t.Fatalf("tab %q, plan %q", h.Tabs.Selected().Text, h.Workout.Plan.Selected)
	}
}

// A saved drill keeps its position and method: in the database, in the
// editor when chosen again, and in the practice screen, which poses the
// figure for it.
func TestCustomDrillKeepsItsPosition(t *testing.T) {
	h, st := newHome(t, Options{})
	h.Drills.Name.SetText("Sitting draw-in")
	h.Drills.Method.SetSelectedIndex(int(breath.DrawingIn))
	h.Drills.Position.SetSelectedIndex(int(breath.Sitting))
	test.Tap(h.Drills.Save)
	rows, err := st.Drills()
	if err != nil || len(rows) != 1 || !strings.Contains(string(rows[0].JSON), `"position":"sitting"`) ||
		!strings.Contains(string(rows[0].JSON), `"method":"drawing-in"`) {
		t.Fatalf("stored %v %v (%s)", rows, err, h.Drills.Message.Text)
	}
	h.Drills.New.OnTapped()
	if h.Drills.Position.SelectedIndex() != int(breath.Lying) {
		t.Fatal("a new drill did not start lying")
	}
	h.Drills.List.Select(0)
	if h.Drills.Position.SelectedIndex() != int(breath.Sitting) || h.Drills.Method.SelectedIndex() != int(breath.DrawingIn) {
		t.Fatalf("editor shows %d %d", h.Drills.Position.SelectedIndex(), h.Drills.Method.SelectedIndex())
	}
	h.Practice.Picker.SetSelected("Sitting draw-in (10 reps)")
	if h.Practice.Position.SelectedIndex() != int(breath.Sitting) || h.Stage.Diagram.BodyPosition() != breath.Sitting {
		t.Fatalf("practice position %d, figure %v", h.Practice.Position.SelectedIndex(), h.Stage.Diagram.BodyPosition())
	}
}
