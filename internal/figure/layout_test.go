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

// gaugeTrack is the breath gauge's track in a scene.
func gaugeTrack(sc Scene) (Rect, bool) {
	for _, sh := range sc.Shapes {
		if sh.Kind == KindRect && sh.Fill == RoleCard && sh.Stroke == RoleInk && !sh.Live {
			return Rect{sh.Pts[0].X, sh.Pts[0].Y, sh.Pts[1].X - sh.Pts[0].X, sh.Pts[1].Y - sh.Pts[0].Y}, true
		}
	}
	return Rect{}, false
}

// The kiosk's attract loop at 1024x600 gave its figure 852×233 px with
// 24 px words: the gauge's words left its track 46 px high and 62 wide, a
// flat pill. The track is at least three times as tall as it is wide, at
// every size down to the figure's least height for its label size.
func TestBreathGaugeIsNeverSquashed(t *testing.T) {
	for _, c := range []struct{ w, h, lpx float64 }{{852, 233, 24}, {852, GaugeMinHeight(24), 24}, {480, 190, 0}, {1748, 754, 24}, {621, 364, 0}, {3000, 300, 0}} {
		for _, pos := range breath.Positions {
			sc := Render(Options{Position: pos, View: ViewAll, W: c.w, H: c.h, LabelPx: c.lpx, Pose: held(0.5, 0.5)})
			r, ok := gaugeTrack(sc)
			if !ok {
				t.Fatalf("%v: no gauge track", c)
			}
			if r.H < gaugeAspect*r.W-0.01 {
				t.Errorf("%s %.0f×%.0f: the gauge's track is %.0f×%.0f px, squashed", pos, c.w, c.h, r.W, r.H)
			}
		}
	}
	for _, lpx := range []float64{14, 24} {
		sc := Render(Options{Position: breath.Sitting, View: ViewAll, W: 852, H: GaugeMinHeight(lpx), LabelPx: lpx})
		if r, _ := gaugeTrack(sc); r.H < 3.9*lpx {
			t.Errorf("labels %.0f px: at its least height the gauge's track is %.0f px high", lpx, r.H)
		}
	}
}

// A label beside the body wraps into at most two lines: the kiosk's taster
// at 1280x800 wrapped "transversus abdominis (deep corset)" into four.
func TestLabelsTakeAtMostTwoLines(t *testing.T) {
	for _, pos := range breath.Positions {
		body := Posture(pos)
		sd, _ := sideView(body, newFrame(body[Trunk]), nil, 0.5, 0.5, 0, look{})
		fd, _ := frontView(0.5, 0.5, 0, 0, false)
		xd, _ := sectionView(0.5, 0)
		for _, d := range []*draft{sd, fd, xd} {
			for _, c := range []struct{ w, h, lpx float64 }{{637, 430, 24}, {488, 283, 24}, {400, 600, 14}, {1230, 520, 0}, {300, 300, 14}} {
				lpx := c.lpx
				if lpx == 0 {
					lpx = LabelSize(c.w, c.h)
				}
				for _, l := range d.choose(box{0, 0, c.w, c.h}, lpx, 0).labels {
					if len(l.lines) > 2 {
						t.Errorf("%s %.0f×%.0f at %.0f px: %q in %d lines", pos, c.w, c.h, lpx, l.text, len(l.lines))
					}
				}
			}
		}
	}
}
