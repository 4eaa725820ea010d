package figure

import (
	"testing"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// No label runs into a view's title, in any language the figure draws in
// and at the practice screen's sizes: in Turkish the front view's labels,
// packed above the body in more rows than were kept for them, ran up over
// "Önden".
func TestNoLabelRunsIntoATitle(t *testing.T) {
	type rect struct{ x0, y0, x1, y1 float64 }
	boxOf := func(sh Shape) rect {
		w := textWidth(sh.Text, sh.Size)
		x := sh.Pts[0].X
		switch sh.Align {
		case AlignCentre:
			x -= w / 2
		case AlignRight:
			x -= w
		}
		// A little inside the estimate, so touching is not overlapping.
		return rect{x + 0.1*w, sh.Pts[0].Y + 0.05*sh.Size, x + 0.9*w, sh.Pts[0].Y + 0.95*sh.Size}
	}
	hold := breath.Pose{Phase: breath.Hold, Engagement: 1, Breath: 0.5}
	for _, code := range i18n.Default().Codes() {
		if i18n.NeedsShaping(code) {
			continue // drawn with the English words
		}
		words := func(s string) string { return i18n.In(code, s) }
		for _, size := range [][2]float64{{1240.8, 546.84}, {1232, 560}, {1100, 600}, {1600, 800}, {900, 560}} { // the first: frame --size 1280x800
			for _, pos := range breath.Positions {
				sc := Render(Options{Position: pos, View: ViewAll, Pose: hold, W: size[0], H: size[1], Words: words})
				lpx := LabelSize(size[0], size[1])
				var titles, labels []Shape
				for _, sh := range sc.Shapes {
					switch {
					case sh.Kind != KindText || sh.Text == "":
					case sh.Bold && sh.Size == lpx*1.1:
						titles = append(titles, sh)
					default:
						labels = append(labels, sh)
					}
				}
				for _, ti := range titles {
					a := boxOf(ti)
					for _, l := range labels {
						b := boxOf(l)
						if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
							t.Errorf("%s %s %gx%g: %q is drawn over the title %q", code, pos, size[0], size[1], l.Text, ti.Text)
						}
					}
				}
			}
		}
	}
}
