package planner

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A person types "dead bugg" in the library's search box, sees "Did you
// mean “Dead bug”?" and presses Backspace. In the app the note went but its
// line stayed as a blank band between the search box and the list (and
// while it showed, the list did not move down for it): the column was not
// laid out again when the note appeared or went.
func TestSearchNoteMovesTheListAsItComesAndGoes(t *testing.T) {
	r := newRig(t, nil)
	l := r.p.Library
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	check := func(what string, note bool) {
		t.Helper()
		if l.DidYouMean.Visible() != note {
			t.Fatalf("%s: note shown %v (%q), want %v", what, l.DidYouMean.Visible(), l.DidYouMean.Text, note)
		}
		above := fyne.CanvasObject(l.Search)
		if note {
			above = l.DidYouMean
		}
		gap := abs(l.List).Y - (abs(above).Y + above.Size().Height)
		if pad := float32(4); gap < -0.5 || gap > 2*pad {
			t.Errorf("%s: the list starts %.0f px below the %T above it", what, gap, above)
		}
	}
	test.Type(l.Search, "dead bugg")
	check("typed “dead bugg”", true)
	l.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	check("Backspace", false)
}
