package drills

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// With no saved drills the first Tab landed on the empty list, where the
// focus has nothing to show; it must go to New drill. Once a drill is saved
// the list is a stop again.
func TestFirstTabSkipsTheEmptyList(t *testing.T) {
	e, _ := newEditor(t)
	w := test.NewTempWindow(t, e.Content())
	w.Resize(fyne.NewSize(1280, 800))
	c := w.Canvas()
	test.FocusNext(c)
	if c.Focused() != fyne.Focusable(e.New) {
		t.Fatalf("first Tab with no drills reached %T", c.Focused())
	}
	test.Type(e.Name, "Slow holds")
	test.Tap(e.Save)
	c.Unfocus()
	test.FocusNext(c)
	if c.Focused() != fyne.Focusable(e.List) {
		t.Fatalf("first Tab with a saved drill reached %T", c.Focused())
	}
}
