package home

import (
	"testing"

	"fyne.io/fyne/v2"
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
	for _, tb := range h.tabs {
		h.Tabs.Select(tb.item)
		check("the "+tb.item.Text+" tab", tb.item.Content)
	}
	check("the window's tabs", h.Tabs)
	check("the window", h.window.Content())
}
