package planner

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The person copied a plan of several exercises and Tabbed down its items:
// the fourth item's Why? took the focus below the list's fold and the list
// stayed where it was, so Space pressed a button they could not see. Every
// item button that takes the focus must be in view.
func TestTabbedPlanItemsScrollIntoView(t *testing.T) {
	r := newRig(t, nil)
	for _, q := range []string{"dead bug", "bird dog", "glute bridge", "side bridge", "plank", "heel touch"} {
		r.addFromLibrary(t, q, "", "", "")
	}
	v := r.p.Plan
	buttons := map[fyne.Focusable]string{}
	for i, row := range v.Rows {
		buttons[row.Why], buttons[row.Remove] = "Why? of item "+string(rune('1'+i)), "Remove of item "+string(rune('1'+i))
	}
	d := fyne.CurrentApp().Driver()
	c := r.w.Canvas()
	seen := 0
	for range 80 {
		test.FocusNext(c)
		what, ok := buttons[c.Focused()]
		if !ok {
			continue
		}
		seen++
		b := c.Focused().(fyne.CanvasObject)
		top := d.AbsolutePositionForObject(b).Y
		viewTop := d.AbsolutePositionForObject(v.scroll).Y
		if top < viewTop || top+b.Size().Height > viewTop+v.scroll.Size().Height {
			t.Fatalf("%s has the focus at y %g, out of the list's view %g–%g", what, top, viewTop, viewTop+v.scroll.Size().Height)
		}
	}
	if seen < 2*len(v.Rows) {
		t.Fatalf("Tab reached %d item buttons of %d", seen, 2*len(v.Rows))
	}
}
