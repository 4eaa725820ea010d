package figure

import (
	"fmt"
	"math"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

// textBox is the box a text shape's letters take.
func textBox(sh Shape) Rect {
	w := textWidth(sh.Text, sh.Size)
	x0 := sh.Pts[0].X - w*map[Align]float64{AlignLeft: 0, AlignCentre: 0.5, AlignRight: 1}[sh.Align]
	return Rect{x0, sh.Pts[0].Y, w, sh.Size}
}

// leaderCrossings lists every leader line that passes through the text of
// another label, a title or the gauge's words.
func leaderCrossings(sc Scene) []string {
	var texts []Shape
	for _, sh := range sc.Shapes {
		if sh.Kind == KindText && sh.Text != "" {
			texts = append(texts, sh)
		}
	}
	var out []string
	for _, sh := range sc.Shapes {
		if sh.Kind != KindPath || len(sh.Pts) != 2 || sh.Alpha != 0.6 || (sh.Stroke != RoleLabel && sh.Stroke != RoleWrong) {
			continue
		}
		from, to := sh.Pts[0], sh.Pts[1]
		own, near := map[int]bool{}, -1
		nearD := math.Inf(1)
		for i, t := range texts {
			r := textBox(t)
			dx := math.Max(0, math.Max(r.X-from.X, from.X-r.X-r.W))
			dy := math.Max(0, math.Max(r.Y-from.Y, from.Y-r.Y-r.H))
			if d := math.Hypot(dx, dy); d < nearD {
				near, nearD = i, d
			}
		}
		if near >= 0 {
			own[near] = true // the label the leader leaves from
		}
		for range 3 { // the other lines of the same label
			for i, t := range texts {
				for j := range own {
					if u := texts[j]; t.Pts[0].X == u.Pts[0].X && t.Align == u.Align && math.Abs(t.Pts[0].Y-u.Pts[0].Y) < 1.5*t.Size {
						own[i] = true
					}
				}
			}
		}
		for i, t := range texts {
			if own[i] {
				continue
			}
			r := textBox(t)
			in := 0.15 * t.Size // a leader grazing a letter's edge is not through it
			r = Rect{r.X + in, r.Y + in, r.W - 2*in, r.H - 2*in}
			if segmentCrosses(from, to, r) {
				out = append(out, fmt.Sprintf("a leader from (%.0f,%.0f) to (%.0f,%.0f) crosses %q", from.X, from.Y, to.X, to.Y, t.Text))
			}
		}
	}
	return out
}

// No leader line runs through another label's words, a view's title or the
// gauge's words: at the 1024x600 practice screen and in the kiosk's waist
// cross-section they did, and a reader followed the line to the wrong name.
func TestLeadersCrossNoLabel(t *testing.T) {
	sizes := []struct{ w, h, lpx float64 }{
		{621, 364, 0}, {800, 450, 0}, {990, 330, 0}, {1230, 520, 0}, {945, 708, 0}, {1800, 700, 0}, {3700, 1700, 0},
		{852, 233, 14}, {1108, 474, 16}, {1748, 754, 24}, {637, 430, 16}, {488, 283, 14}, {1681, 365, 24},
	}
	poses := []breath.Pose{
		{Phase: breath.Exhale, Breath: 0.2}, {Phase: breath.Inhale, Progress: 0.4, Engagement: 0.5, Breath: 0.6},
		held(1, 0.5), {Phase: breath.Release, Engagement: 0.4, Breath: 0.3},
	}
	for _, sz := range sizes {
		for _, pos := range breath.Positions {
			for _, v := range []View{ViewAll, ViewSide, ViewFront, ViewSection} {
				for _, p := range poses {
					sc := Render(Options{Position: pos, View: v, W: sz.w, H: sz.h, LabelPx: sz.lpx, Pose: p})
					for _, c := range leaderCrossings(sc) {
						t.Errorf("%.0f×%.0f %s %s %s: %s", sz.w, sz.h, pos, v, p.Phase, c)
					}
				}
			}
		}
	}
}
