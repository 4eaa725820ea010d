package home

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
)

// At 1280x800 the practice screen's figure shows all three views: the side
// view fills the height, the front view and the waist's cross-section are
// large enough to read, and every word is at least 14 px.
func TestPracticeFigureIsReadableAt1280x800(t *testing.T) {
	h, _ := newHome(t, Options{})
	h.window.Resize(fyne.NewSize(1280, 800))
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	for _, pos := range breath.Positions {
		h.Practice.Position.SetSelectedIndex(int(pos))
		h.Stage.SetPose(tl.Pose(14 * time.Second))
		sz := h.Stage.Diagram.Size()
		o := h.Stage.Diagram.Options(float64(sz.Width), float64(sz.Height))
		if o.Position != pos {
			t.Fatalf("%s: the figure is posed %s", pos, o.Position)
		}
		sc := figure.Render(o)
		for _, sh := range sc.Shapes {
			if sh.Kind == figure.KindText && sh.Size < figure.MinLabelPx {
				t.Errorf("%s: %q is %.1f px", pos, sh.Text, sh.Size)
			}
		}
		got := map[figure.View]figure.Panel{}
		for _, p := range sc.Panels {
			got[p.View] = p
		}
		side, front, sec := got[figure.ViewSide].Body, got[figure.ViewFront].Body, got[figure.ViewSection].Body
		// The same body at the same or a larger scale in the side view.
		if len(got) != 3 || side.H < 0.65*o.H || got[figure.ViewSide].Scale < got[figure.ViewFront].Scale {
			t.Errorf("%s at %.0fx%.0f: side view %.0fx%.0f does not fill, front %.0fx%.0f", pos, o.W, o.H, side.W, side.H, front.W, front.H)
		}
		if front.H < 170 || sec.W < 100 {
			t.Errorf("%s at %.0fx%.0f: front view %.0f px tall, cross-section %.0f px wide: too small to read", pos, o.W, o.H, front.H, sec.W)
		}
	}
}
