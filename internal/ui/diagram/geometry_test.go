package diagram

import (
	"math"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

func pose(ph breath.Phase, e, br, progress float64) breath.Pose {
	return breath.Pose{Phase: ph, Engagement: e, Breath: br, Progress: progress}
}

func TestLayoutSameShapesForEveryPose(t *testing.T) {
	ref := Layout(breath.Pose{}, designW, designH)
	for _, tc := range []struct {
		p    breath.Pose
		w, h float32
	}{
		{pose(breath.Inhale, 0.5, 0.7, 0.5), 1280, 600},
		{pose(breath.Hold, 1, 0.35, 0.9), 300, 900},
		{pose(breath.Release, 0.2, 0.5, 0.8), 1, 1},
		{pose(breath.Exhale, math.NaN(), math.Inf(1), 0), 640, 480},
	} {
		g := Layout(tc.p, tc.w, tc.h)
		if len(g.Shapes) != len(ref.Shapes) {
			t.Fatalf("%+v at %vx%v: %d shapes, want %d", tc.p, tc.w, tc.h, len(g.Shapes), len(ref.Shapes))
		}
		for i := range g.Shapes {
			if g.Shapes[i].Kind != ref.Shapes[i].Kind {
				t.Fatalf("shape %d is kind %d, want %d", i, g.Shapes[i].Kind, ref.Shapes[i].Kind)
			}
		}
	}
}

func TestEngagementNarrowsWaistClosesLacesAndMovesNavel(t *testing.T) {
	prev := Layout(pose(breath.Inhale, 0, 0.5, 0), 1000, 564)
	for i := 1; i <= 20; i++ {
		e := float64(i) / 20
		g := Layout(pose(breath.Inhale, e, 0.5, 0), 1000, 564)
		if !(g.WaistWidth < prev.WaistWidth) {
			t.Errorf("engagement %.2f: waist %.1f, not narrower than %.1f", e, g.WaistWidth, prev.WaistWidth)
		}
		if !(g.LaceGap < prev.LaceGap) {
			t.Errorf("engagement %.2f: lace gap %.1f, not tighter than %.1f", e, g.LaceGap, prev.LaceGap)
		}
		if !(g.NavelX-g.SpineX < prev.NavelX-prev.SpineX) {
			t.Errorf("engagement %.2f: navel %.1f px from spine, not closer than %.1f", e, g.NavelX-g.SpineX, prev.NavelX-prev.SpineX)
		}
		prev = g
	}
	relaxed := Layout(pose(breath.Inhale, 0, 0.5, 0), 1000, 564)
	// The change has to be visible across a room, not just measurable.
	if d := relaxed.WaistWidth - prev.WaistWidth; d < 40 {
		t.Errorf("waist narrows by only %.1f px at 1000 wide", d)
	}
	if d := relaxed.NavelX - prev.NavelX; d < 40 {
		t.Errorf("navel moves by only %.1f px at 1000 wide", d)
	}
	if prev.NavelX <= prev.SpineX {
		t.Errorf("fully drawn in, the navel (%.1f) has passed the spine (%.1f)", prev.NavelX, prev.SpineX)
	}
}

func TestBreathRaisesGauge(t *testing.T) {
	prev := Layout(pose(breath.Exhale, 0, 0, 0), 800, 450)
	for i := 1; i <= 10; i++ {
		g := Layout(pose(breath.Exhale, 0, float64(i)/10, 0), 800, 450)
		if !(g.BreathTop < prev.BreathTop) {
			t.Errorf("breath %.1f: level top %.1f not above %.1f", float64(i)/10, g.BreathTop, prev.BreathTop)
		}
		prev = g
	}
}

func TestArrows(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    breath.Pose
		want float32
	}{
		{"lead-in", pose(breath.LeadIn, 0, 0.5, 0.5), 0},
		{"exhale", pose(breath.Exhale, 0, 0.2, 0.5), 0},
		{"inhale starting", pose(breath.Inhale, 0, 0.1, 0), 0},
		{"inhale under way", pose(breath.Inhale, 0.5, 0.6, 0.5), 1},
		{"still inhale", pose(breath.Inhale, 0.5, 0.6, 0).Still(), 1},
		{"hold begins", pose(breath.Hold, 1, 0.9, 0), 1},
		{"hold half way", pose(breath.Hold, 1, 0.4, 0.5), 0},
		{"release", pose(breath.Release, 0.5, 0.4, 0.5), 0},
	} {
		if got := Layout(tc.p, 1000, 564).ArrowAlpha; got != tc.want {
			t.Errorf("%s: arrows at %.2f, want %.2f", tc.name, got, tc.want)
		}
	}
	mid := Layout(pose(breath.Hold, 1, 0.5, 0.25), 1000, 564).ArrowAlpha
	if !(mid > 0 && mid < 1) {
		t.Errorf("a quarter into the hold the arrows are at %.2f, want fading", mid)
	}
}

// Everything stays inside the widget, whatever its shape, and the figure keeps
// its proportions (centred in the spare space).
func TestLayoutFitsAndKeepsProportions(t *testing.T) {
	for _, sz := range [][2]float32{{1000, 564}, {1280, 500}, {400, 800}, {800, 600}} {
		g := Layout(pose(breath.Hold, 1, 1, 0), sz[0], sz[1])
		want := float32(math.Min(float64(sz[0])/designW, float64(sz[1])/designH))
		if g.Scale != want {
			t.Errorf("%v: scale %v, want %v", sz, g.Scale, want)
		}
		for i, sh := range g.Shapes {
			for _, p := range []Pt{sh.A, sh.B} {
				if p.X < -1 || p.Y < -1 || p.X > sz[0]+1 || p.Y > sz[1]+1 || math.IsNaN(float64(p.X)) {
					t.Fatalf("%v: shape %d (%+v) leaves the widget", sz, i, sh)
				}
			}
		}
	}
}

func TestLayoutIntoReusesShapes(t *testing.T) {
	var g Geometry
	LayoutInto(&g, pose(breath.Inhale, 0.3, 0.5, 0), 800, 450)
	first := &g.Shapes[0]
	allocs := testing.AllocsPerRun(20, func() {
		LayoutInto(&g, pose(breath.Inhale, 0.6, 0.7, 0), 800, 450)
	})
	if allocs > 0 || first != &g.Shapes[0] {
		t.Errorf("a frame allocates %.0f times", allocs)
	}
}
