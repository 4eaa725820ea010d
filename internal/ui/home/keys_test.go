package home

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
