package history

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/inview"
)

// A person opens History with a month of sessions on a 1280x800 and a
// 1024x600 screen (the window's tabs take 40 px). The sessions list started
// below the charts, out of view; Edit and Delete were stretched to the
// height of a three-line session; today was written "[25 ✓]"; held time
// had no chart of its own.
func TestHistoryReadsAtAGlance(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 600}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			r := newRig(t, true)
			view := size.SubtractWidthHeight(0, 40)
			r.w.Resize(view)
			abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
			first := r.s.Rows[0]
			if top := abs(first.Text).Y; top+first.Edit.MinSize().Height > view.Height {
				t.Errorf("the first session starts at y=%v, below the %v px view", top, view.Height)
			}
			for _, b := range []*inview.Button{first.Edit, first.Delete} {
				if got, want := b.Size().Height, b.MinSize().Height; got > want+0.5 {
					t.Errorf("%q is %v tall, it needs %v", b.Text, got, want)
				}
			}
			today := false
			for _, o := range r.s.Calendar.Objects {
				var l *widget.Label
				marked := false
				switch x := o.(type) {
				case *widget.Label:
					l = x
				case *fyne.Container:
					for _, c := range x.Objects {
						if lb, ok := c.(*widget.Label); ok {
							l = lb
						}
						if rc, ok := c.(*canvas.Rectangle); ok && rc.StrokeWidth >= 2 && rc.StrokeColor == theme.Color(theme.ColorNamePrimary) {
							marked = true
						}
					}
				}
				if l == nil {
					t.Fatalf("a calendar cell %T without a label", o)
				}
				if strings.ContainsAny(l.Text, "[]") {
					t.Errorf("a calendar day reads %q", l.Text)
				}
				if marked {
					today = l.Text == "25 ✓" && l.TextStyle.Bold
				}
			}
			if !today {
				t.Error("today is not marked on the calendar")
			}
			if r.s.Hold == nil || r.s.Hold.Image == nil {
				t.Error("no chart of the time held")
			}
		})
	}
}
