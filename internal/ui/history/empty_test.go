package history

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/settings"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// A new user opens History before any session, on a 1024x600 netbook, a
// 1280x800 laptop and a 1920x1080 screen. The first line under the goal
// was a string of zeros ("This week: 0 of 3 sessions · streak: 0 days ·
// weeks in a row at goal: 0 · 0 sessions in all."), then a blank band
// where an empty message line kept its height, an empty calendar, a chart
// of nothing, and only at the bottom of the left column, after all that,
// "No sessions yet: practise a drill or start a workout.". That sentence
// is now the first line, said once, and nothing empty takes a line.
func TestEmptyHistorySaysSoFirst(t *testing.T) {
	const empty = "No sessions yet: practise a drill or start a workout."
	for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			r := newRig(t, false)
			fyne.CurrentApp().Settings().SetTheme(settings.Theme("light"))
			r.w.Resize(size.SubtractWidthHeight(0, 40)) // the window's tabs
			uitest.Relayout(r.w)
			if r.s.Summary.Text != empty {
				t.Errorf("the first line says %q", r.s.Summary.Text)
			}
			said := 0
			uitest.Walk(r.w.Canvas().Content(), func(o fyne.CanvasObject) {
				switch x := o.(type) {
				case *canvas.Text:
					if strings.Contains(x.Text, "No sessions yet") {
						said++
					}
				case *widget.Label:
					if x.Text == "" {
						t.Errorf("an empty line %.0f px high is shown at y %.0f", x.Size().Height, fyne.CurrentApp().Driver().AbsolutePositionForObject(x).Y)
					}
				}
			})
			if said != 1 {
				t.Errorf("“No sessions yet” is on screen %d times", said)
			}
			if r.s.Weeks.Visible() {
				t.Error("a chart of weeks without a session is shown")
			}
		})
	}
}
