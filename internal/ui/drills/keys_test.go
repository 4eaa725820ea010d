package drills

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/ui/uitest"
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

// Where the drill form is taller than the window it scrolls: Tab through
// it, round and round, and every field and button the focus reaches must be
// in view. The form stayed put, and Reps, Save drill and Delete took the
// focus below the fold. Under a bare Xvfb at 1024x600 the form just fits;
// a netbook's panel and title bar, or a window made smaller, leave it less.
func TestTabKeepsFocusInViewInAShortWindow(t *testing.T) {
	e, _ := newEditor(t)
	w := test.NewTempWindow(t, e.Content())
	w.Resize(fyne.NewSize(1024, 360))
	for _, miss := range uitest.TabOutOfView(w.Canvas(), e.form, 40) {
		t.Error(miss)
	}
}
