package planner

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/ui/settings"
)

// A person on a 1024x600 netbook or a 1280x800 laptop presses "Why?" for
// each exercise of the library in turn. The italic source lines ran past
// the panel's right edge ("… drawing on Drake et al. 2005 (spine" cut at
// 1024 wide) instead of wrapping. Here in the app's own theme, whose text
// sizes and padding are what the person sees: every line of the panel ends
// inside it.
func TestWhyPanelLinesWrapInsideIt(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			r := newRig(t, nil)
			fyne.CurrentApp().Settings().SetTheme(settings.Theme("light"))
			r.w.Resize(size.SubtractWidthHeight(0, 40)) // the window's tabs
			l, why := r.p.Library, r.p.Plan.Why
			for i, ex := range l.Results() {
				l.List.Select(i)
				test.Tap(l.Explain)
				relayout(why.Content())
				right := why.Text.Size().Width - theme.InnerPadding()
				visit(why.Text, func(o fyne.CanvasObject) {
					tx, ok := o.(*canvas.Text)
					if !ok || tx.Text == "" {
						return
					}
					if end := tx.Position().X + tx.MinSize().Width; end > right+0.5 {
						t.Errorf("%s: %q ends at %.0f, the panel's text at %.0f", ex.Name, tx.Text, end, right)
					}
				})
			}
		})
	}
}
