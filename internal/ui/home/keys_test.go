package home

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/ui/practice"
)

// tabTo presses Tab until target has the keyboard, as a person would.
func tabTo(t *testing.T, c fyne.Canvas, target fyne.Focusable) {
	t.Helper()
	for i := 0; i < 30 && c.Focused() != target; i++ {
		test.FocusNext(c)
	}
	if c.Focused() != target {
		t.Fatalf("Tab never reached %T", target)
	}
}

// A person starts a drill with Space, Tabs on to Common faults (the last
// control on the screen) and presses Space to pause: the faults opened over
// the running drill instead. Escape, with the faults open and no drill, must
// close them; Space then must not start a drill behind them.
func TestSpaceOnCommonFaultsPausesAndEscapeClosesThem(t *testing.T) {
	h, _ := newHome(t, Options{})
	c := h.window.Canvas()
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Running {
		t.Fatal("Space did not start the drill")
	}
	tabTo(t, c, h.Practice.Faults)
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Paused || h.Practice.Open() != nil {
		t.Fatalf("Space on the focused Common faults: state %v, faults open %v", h.Practice.State(), h.Practice.Open() != nil)
	}
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Fatalf("Escape on the focused Common faults: %v", h.Practice.State())
	}

	// No drill: Space on the focused button opens the faults, Escape closes them.
	c.Focus(h.Practice.Faults)
	press(h, fyne.KeySpace)
	if h.Practice.Open() == nil {
		t.Fatal("Space on Common faults with no drill did not open them")
	}
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Idle {
		t.Fatal("Space with the faults open started a drill behind them")
	}
	press(h, fyne.KeyEscape)
	if h.Practice.Open() != nil || c.Overlays().Top() != nil {
		t.Fatal("Escape did not close the common faults")
	}
}

// The person answers the safety questions by keys and presses Space on
// Continue; the practice screen says "Press Start or Space", and their next
// Space did nothing: the focus stayed on Continue, gone from the window, so
// the key went to it and not to the drill.
func TestSpaceAfterTheSafetyQuestionsStartsTheDrill(t *testing.T) {
	h, _ := newHomeAtGate(t, Options{})
	c := h.window.Canvas()
	for i := range h.Gate.Answers {
		h.Gate.Answer(i, false)
	}
	tabTo(t, c, h.Gate.Continue)
	press(h, fyne.KeySpace)
	if !h.Gate.Cleared() {
		t.Fatal("Space on Continue did not clear the questions")
	}
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Running {
		t.Fatalf("Space after the questions: drill %v, focus on %T", h.Practice.State(), c.Focused())
	}
}

// A drill runs; the person opens My drills with Ctrl+2 to look at their
// saved drills and presses Space to pause, then Escape to stop: the drill
// ran on, as the keys went only to the tab on show.
func TestSpaceAndEscapeReachTheDrillFromAnotherTab(t *testing.T) {
	h, _ := newHome(t, Options{})
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Running {
		t.Fatal("Space did not start the drill")
	}
	ctrl(h, fyne.Key2)
	if h.Tabs.Selected() != h.tabs[1].item {
		t.Fatal("Ctrl+2 did not open My drills")
	}
	press(h, fyne.KeySpace)
	if h.Practice.State() != practice.Paused {
		t.Fatalf("Space on My drills: drill %v", h.Practice.State())
	}
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Fatalf("Escape on My drills: drill %v", h.Practice.State())
	}
	press(h, fyne.KeySpace) // no drill runs: Space starts none from here
	if h.Practice.State() != practice.Idle {
		t.Fatal("Space on My drills started a drill")
	}
}

// spaceBar sends Space as the window does: the key, then the rune.
func spaceBar(h *Home) {
	press(h, fyne.KeySpace)
	if f := h.window.Canvas().Focused(); f != nil {
		f.TypedRune(' ')
	}
}

// A drill runs; the person opens My drills, Tabs to Save drill and presses
// Space to pause the drill: the button took it, saving a drill (or saying
// what the form lacked) while the drill ran on, and Escape stopped nothing.
// While a drill runs, Space and Escape are its pause and stop on every
// control there; a field still types its space; with no drill, Space on
// Save drill saves.
func TestSpaceOnAFocusedButtonOfAnotherTabPausesTheDrill(t *testing.T) {
	h, st := newHome(t, Options{})
	c := h.window.Canvas()
	spaceBar(h)
	if h.Practice.State() != practice.Running {
		t.Fatal("Space did not start the drill")
	}
	ctrl(h, fyne.Key2)
	test.Type(h.Drills.Name, "Evening")
	tabTo(t, c, h.Drills.Save)
	spaceBar(h)
	if saved, _ := st.Drills(); h.Practice.State() != practice.Paused || len(saved) != 0 {
		t.Fatalf("Space on a focused Save drill: drill %v, %d drills saved", h.Practice.State(), len(saved))
	}
	spaceBar(h)
	if h.Practice.State() != practice.Running {
		t.Fatalf("second Space on Save drill: drill %v", h.Practice.State())
	}
	c.Focus(h.Drills.Name)
	spaceBar(h)
	if h.Drills.Name.Text != "Evening " || h.Practice.State() != practice.Running {
		t.Fatalf("Space in the name field: text %q, drill %v", h.Drills.Name.Text, h.Practice.State())
	}
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Fatalf("Escape in the name field: drill %v", h.Practice.State())
	}
	tabTo(t, c, h.Drills.Save)
	spaceBar(h)
	if saved, _ := st.Drills(); len(saved) != 1 || h.Practice.State() != practice.Idle {
		t.Fatalf("Space on Save drill with no drill: %d drills saved, drill %v", len(saved), h.Practice.State())
	}
}

// The same on Settings: with a drill running, Space on the focused "Mute
// all sound" box pauses the drill and leaves the box as it was.
func TestSpaceOnAFocusedSettingPausesTheDrill(t *testing.T) {
	h, _ := newHome(t, Options{})
	spaceBar(h)
	ctrl(h, fyne.Key6)
	tabTo(t, h.window.Canvas(), h.Settings.Mute)
	spaceBar(h)
	if h.Practice.State() != practice.Paused || h.Settings.Mute.Checked {
		t.Fatalf("Space on a focused Mute: drill %v, muted %v", h.Practice.State(), h.Settings.Mute.Checked)
	}
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Fatalf("Escape on a focused Mute: drill %v", h.Practice.State())
	}
}

// The same on the Plan tab, where it cost more: with a drill running,
// Space on a plan item's focused Remove took the exercise out of the plan.
func TestSpaceOnAFocusedRemovePausesTheDrill(t *testing.T) {
	h, st := newHome(t, Options{})
	if _, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}); err != nil {
		t.Fatal(err)
	}
	spaceBar(h)
	ctrl(h, fyne.Key3)
	p := h.plan()
	if len(p.Plan.Rows) != 1 {
		t.Fatalf("the plan shows %d items", len(p.Plan.Rows))
	}
	tabTo(t, h.window.Canvas(), p.Plan.Rows[0].Remove)
	spaceBar(h)
	if _, pl := p.Plan.Current(); h.Practice.State() != practice.Paused || len(pl.Items) != 1 {
		t.Fatalf("Space on a focused Remove: drill %v, %d items left", h.Practice.State(), len(pl.Items))
	}
}

// shortcut sends a shortcut as the desktop window does: to the focused
// widget when it takes shortcuts, else to the window.
func shortcut(h *Home, s fyne.Shortcut) {
	if f, ok := h.window.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	h.window.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// A person types in the Plan tab's search box, then presses Ctrl+1 to go
// back to Practice: nothing happened, as the box kept the shortcut.
func TestCtrlNumberLeavesATextBox(t *testing.T) {
	h, _ := newHome(t, Options{})
	ctrl(h, fyne.Key3)
	search := h.Planner.Library.Search
	h.window.Canvas().Focus(search)
	test.Type(search, "crunch")
	shortcut(h, &desktop.CustomShortcut{KeyName: fyne.Key1, Modifier: fyne.KeyModifierShortcutDefault})
	if h.Tabs.Selected() != h.tabs[0].item {
		t.Fatalf("Ctrl+1 from the search box left %q open", h.Tabs.Selected().Text)
	}
	if search.Text != "crunch" {
		t.Errorf("the search box now holds %q", search.Text)
	}
}

// A drill runs; on the Plan tab the person Tabs to New plan, Start workout,
// Add to plan or Why? and presses Space to pause: the button took it (New
// plan asked for a name, Start workout went to the workout, Add to plan
// added to the plan) while the drill ran on. On History the same with
// Export; in the goal box Space types, Escape stops. While a drill runs,
// Space and Escape are its pause and stop on these controls too.
func TestSpaceOnThePlannersAndHistorysButtonsPausesTheDrill(t *testing.T) {
	h, st := newHome(t, Options{})
	if _, err := st.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{{Exercise: "bird-dog", Sets: 2, HoldSeconds: 8}}}); err != nil {
		t.Fatal(err)
	}
	c := h.window.Canvas()
	spaceBar(h)
	if h.Practice.State() != practice.Running {
		t.Fatalf("Space did not start the drill: %v", h.Practice.State())
	}
	want := practice.Paused
	pressed := func(what string, o fyne.Focusable) {
		t.Helper()
		tabTo(t, c, o)
		spaceBar(h)
		if got := h.Practice.State(); got != want {
			t.Errorf("Space on a focused %s: drill %v, want %v", what, got, want)
		}
		if n := len(c.Overlays().List()); n > 0 {
			t.Errorf("Space on a focused %s opened %d dialogs", what, n)
			for c.Overlays().Top() != nil {
				c.Overlays().Remove(c.Overlays().Top())
			}
		}
		want = map[practice.State]practice.State{practice.Paused: practice.Running, practice.Running: practice.Paused}[want]
	}
	ctrl(h, fyne.Key3)
	p := h.plan()
	pressed("New plan", p.Plans.New)
	pressed("Start workout", p.Plans.Workout)
	p.Library.List.Select(0)
	pressed("Add to plan", p.Library.Add)
	pressed("Why?", p.Library.Explain)
	if _, pl := p.Plan.Current(); len(pl.Items) != 1 {
		t.Errorf("the plan has %d items after Space on Add to plan", len(pl.Items))
	}
	ctrl(h, fyne.Key5)
	pressed("Export CSV", h.History.Export)
	tabTo(t, c, h.History.Goal)
	before := h.History.Goal.Text
	spaceBar(h)
	if got := h.History.Goal.Text; len(got) != len(before)+1 || !strings.Contains(got, " ") {
		t.Errorf("Space in the goal box: it says %q, was %q", got, before)
	}
	press(h, fyne.KeyEscape)
	if h.Practice.State() != practice.Idle {
		t.Errorf("Escape in the goal box: drill %v", h.Practice.State())
	}
}
