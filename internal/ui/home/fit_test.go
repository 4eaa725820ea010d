package home

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The smallest screen CoreCue supports is a 1024x600 netbook: no screen may
// need more, or the window grows past the screen and its edges are lost.
var smallest = fyne.NewSize(1024, 600)

func TestNoScreenNeedsMoreThan1024x600(t *testing.T) {
	h, _ := newHomeAtGate(t, Options{})
	check := func(what string, o fyne.CanvasObject) {
		t.Helper()
		if m := o.MinSize(); m.Width > smallest.Width || m.Height > smallest.Height {
			t.Errorf("%s needs %.0fx%.0f, more than %.0fx%.0f", what, m.Width, m.Height, smallest.Width, smallest.Height)
		}
	}
	check("the safety questions", h.Gate.QuestionList())
	answerGate(h, 0)
	check("the see-a-clinician notice", h.Gate.BlockedNotice())
	h.Gate.Change.OnTapped()
	answerGate(h, -1)
	// The planner at its fullest: a plan with a note over its items (no
	// core-engagement drill in it), and the why panel explaining a risky
	// exercise with its safer alternative, both posed.
	lib := h.plan().Library
	lib.Search.SetText("dead bug")
	lib.Sets.SetText("1")
	lib.Reps.SetText("6")
	test.Tap(lib.Add)
	lib.Search.SetText("crunch")
	test.Tap(lib.Explain)
	for _, tb := range h.tabs {
		h.Tabs.Select(tb.item)
		check("the "+tb.item.Text+" tab", tb.item.Content)
	}
	check("the window's tabs", h.Tabs)
	check("the window", h.window.Content())
	checkWindow := func(what string) {
		t.Helper()
		if m := windowNeeds(h.window); m.Width > smallest.Width || m.Height > smallest.Height {
			t.Errorf("the window with %s needs %.0fx%.0f, more than %.0fx%.0f", what, m.Width, m.Height, smallest.Width, smallest.Height)
		}
	}

	// At 1024 wide some rows wrap (the planner's top rows), which only a
	// layout at that width shows: lay each tab out there and measure again.
	h.window.Resize(smallest)
	for _, tb := range h.tabs {
		h.Tabs.Select(tb.item)
		layoutAll(h.window.Content())
		check("the "+tb.item.Text+" tab laid out at 1024x600", h.window.Content())
		checkWindow("the " + tb.item.Text + " tab")
	}
}

// windowNeeds is the size the desktop driver gives a window showing what it
// shows now: the content's minimum plus the window's own padding around it,
// which the content's minimum leaves out (1024x606 at 1024x600 once).
func windowNeeds(w fyne.Window) fyne.Size {
	m := w.Content().MinSize()
	if w.Padded() {
		pad := theme.Current().Size(theme.SizeNamePadding)
		m = m.AddWidthHeight(2*pad, 2*pad)
	}
	return m
}

// layoutAll lays every container and widget out again from the top, as
// the desktop driver does each frame; the test canvas does not.
func layoutAll(o fyne.CanvasObject) {
	if !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			layoutAll(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		r.Layout(x.Size())
		for _, c := range r.Objects() {
			layoutAll(c)
		}
	}
}
