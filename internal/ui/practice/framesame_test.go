package practice

import (
	"fmt"
	"math"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// `corecue frame` paints the practice stage with raster.Stage, which lays
// it out by raster.Plan. At 1024x600 the practice screen put the caption
// beside the figure while `frame` drew it under, so its picture was not the
// screen's. At the size the practice tab gives its stage in a 1024x600,
// 1280x800 and 1920x1080 window, before Start and in a hold, the plan puts
// the words where the screen does and the figure within a few pixels of the
// screen's.
func TestFrameLaysTheStageOutAsTheScreenDoes(t *testing.T) {
	for _, c := range []struct {
		size   fyne.Size
		beside bool
	}{
		{fyne.NewSize(1024, 600), true},
		{fyne.NewSize(1280, 800), false},
		{fyne.NewSize(1920, 1080), false},
	} {
		t.Run(fmt.Sprint(c.size.Width, "x", c.size.Height), func(t *testing.T) {
			s, st, p, w, _ := inTabs(t, c.size)
			check := func(when string, pose breath.Pose) {
				t.Helper()
				uitest.Relayout(w)
				d := fyne.CurrentApp().Driver()
				origin := d.AbsolutePositionForObject(st.Object())
				fp, fs := d.AbsolutePositionForObject(st.Diagram).Subtract(origin), st.Diagram.Size()
				cp := d.AbsolutePositionForObject(st.Caption).Subtract(origin)
				screenBeside := cp.X >= fp.X+fs.Width
				pose.Caption, pose.Reminder = st.Caption.Text, st.Reminder.Text
				sz := st.Object().Size()
				pl := raster.Plan(pose, figure.Options{}, int(sz.Width), int(sz.Height))
				if screenBeside != c.beside {
					t.Errorf("%s: the screen's words beside its figure: %v", when, screenBeside)
				}
				if pl.Beside != screenBeside {
					t.Errorf("%s at %v: frame puts the words beside: %v; the screen: %v", when, sz, pl.Beside, screenBeside)
				}
				got := raster.Box{X: float64(fp.X), Y: float64(fp.Y), W: float64(fs.Width), H: float64(fs.Height)}
				for i, d := range []float64{pl.Figure.X - got.X, pl.Figure.Y - got.Y, pl.Figure.W - got.W, pl.Figure.H - got.H} {
					if math.Abs(d) > 8 {
						t.Errorf("%s at %v: frame's figure %+v, the screen's %+v (off by %.0f px in %s)", when, sz, pl.Figure, got, d, [...]string{"x", "y", "width", "height"}[i])
						break
					}
				}
			}
			s.Position.SetSelectedIndex(int(breath.Lying))
			check("before Start", breath.Pose{})
			test.Tap(s.Start)
			p.now = 14 * time.Second // the first hold
			s.Frame()
			check("in the hold", p.started.Pose(p.now))
		})
	}
}
