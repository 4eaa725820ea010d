package home

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// Markup snapshots of the window as it opens, at the red-flag questions,
// and of the notice a yes shows in place of the app, in the test theme at
// 1280x800 over a fresh database.
func TestGateRendersAsBefore(t *testing.T) {
	h, _ := newHomeAtGate(t, Options{})
	test.ApplyTheme(t, test.NewTheme())
	test.AssertRendersToMarkup(t, "home/safety_questions.xml", h.window.Canvas())

	answerGate(h, 2) // a leg getting weaker
	if h.Gate.Showing() != h.Gate.BlockedNotice() {
		t.Fatal("a yes did not show the see-a-clinician notice")
	}
	h.window.Canvas().Unfocus()
	test.AssertRendersToMarkup(t, "home/yes.xml", h.window.Canvas())
}
