package history

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// With a week of sessions at 1280x800 the person Tabs down to the older
// sessions' Edit and Delete: the screen did not scroll, and Space would
// have deleted a session they could not see. Each must come into view.
func TestTabbedSessionButtonsScrollIntoView(t *testing.T) {
	r := newRig(t, true)
	r.w.Resize(fyne.NewSize(1280, 800))
	scroll := r.s.content
	buttons := map[fyne.Focusable]bool{}
	for _, row := range r.s.Rows {
		buttons[row.Edit], buttons[row.Delete] = true, true
	}
	d := fyne.CurrentApp().Driver()
	c := r.w.Canvas()
	seen := 0
	for range 40 {
		test.FocusNext(c)
		if !buttons[c.Focused()] {
			continue
		}
		seen++
		b := c.Focused().(fyne.CanvasObject)
		top, viewTop := d.AbsolutePositionForObject(b).Y, d.AbsolutePositionForObject(scroll).Y
		if top < viewTop || top+b.Size().Height > viewTop+scroll.Size().Height {
			t.Fatalf("session button %d has the focus at y %g, out of view %g–%g", seen, top, viewTop, viewTop+scroll.Size().Height)
		}
	}
	if seen < len(buttons) {
		t.Fatalf("Tab reached %d of %d session buttons", seen, len(buttons))
	}
}
