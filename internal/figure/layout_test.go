package figure

import (
	"fmt"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

// layoutOf is what a size's layout shows: how many views, how many labels,
// and the side view's body height in pixels.
func layoutOf(sc Scene) (views, labels int, side float64) {
	for _, sh := range sc.Shapes {
		if sh.Kind == KindCircle && sh.Fill == RoleLabel && sh.Alpha == 1 {
			labels++ // a leader's dot: one per label
		}
	}
	return len(sc.Panels), labels, sc.Panels[0].Body.H
}

// As the room grows, the layout only ever gains: views appear once and stay
// (lying at 621×364, the practice figure at 1024×600, dropped the front view
// while 611 and 631 kept it), labels appear once and stay, and the side
// view's body never gets smaller except at the step where views or labels
// join it. Swept every 10 px from 300 to 2000 px wide at several shapes,
// and at the practice figure's 364 px height.
func TestLayoutOnlyGainsAsTheRoomGrows(t *testing.T) {
	type size struct{ w, h float64 }
	var sweeps [][]size
	for _, ar := range []float64{0.3, 0.45, 0.5625, 0.625, 0.75, 1, 1.33} {
		var s []size
		for w := 300.0; w <= 2000; w += 10 {
			s = append(s, size{w, float64(int(w * ar))})
		}
		sweeps = append(sweeps, s)
	}
	var s []size
	for w := 300.0; w <= 2000; w += 10 {
		s = append(s, size{w, 364})
	}
	sweeps = append(sweeps, s)
	for _, pos := range breath.Positions {
		for _, sw := range sweeps {
			pv, pl, ps := 0, 0, 0.0
			for i, sz := range sw {
				v, l, side := layoutOf(render(pos, ViewAll, sz.w, sz.h, held(0.5, 0.5)))
				at := fmt.Sprintf("%s %.0f×%.0f", pos, sz.w, sz.h)
				switch {
				case i == 0:
				case v < pv:
					t.Errorf("%s: %d views after %d at a smaller size", at, v, pv)
				case l < pl && v == pv:
					t.Errorf("%s: %d labels after %d at a smaller size", at, l, pl)
				case v == pv && l == pl && side < ps*0.99:
					t.Errorf("%s: the side view's body is %.1f px high, %.1f at a smaller size", at, side, ps)
				}
				pv, pl, ps = v, l, side
			}
		}
	}
}
