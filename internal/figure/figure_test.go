package figure

import (
	"math"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

func render(pos breath.Position, v View, w, h float64, p breath.Pose) Scene {
	return Render(Options{Position: pos, View: v, W: w, H: h, Pose: p})
}

func held(e, br float64) breath.Pose {
	return breath.Pose{Phase: breath.Hold, Engagement: e, Breath: br}
}

func TestPosturesKeepWithinJointLimits(t *testing.T) {
	for _, p := range breath.Positions {
		if err := Posture(p).Check(); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	bad := Posture(breath.Standing)
	bad[Knee] = -10
	if err := bad.Check(); err == nil {
		t.Error("a knee bent backwards passed the check")
	}
}

// The belly button moves back toward the spine by NavelShare of the trunk's
// depth, and a little up; the picture's navel moves the same way.
func TestDrawingInMovesTheNavelBackByItsShare(t *testing.T) {
	for _, pos := range breath.Positions {
		rest := render(pos, ViewSide, 1280, 800, held(0, 0.5))
		in := render(pos, ViewSide, 1280, 800, held(1, 0.5))
		got := in.Measure.NavelBack - rest.Measure.NavelBack
		want := NavelShare * in.Measure.TrunkDepth
		if math.Abs(got-want) > 0.05*want {
			t.Errorf("%s: navel moved back %.2f cm, want %.2f (%.0f%% of %.1f cm)", pos, got, want, NavelShare*100, in.Measure.TrunkDepth)
		}
		if lift := in.Measure.NavelLift; lift <= 0 || lift > 1.5 {
			t.Errorf("%s: navel lifted %.2f cm, want a little (0–1.5)", pos, lift)
		}
		// On the picture: the navel dot moves toward the back of the body.
		a, b := navelDot(t, rest), navelDot(t, in)
		f := newFrame(Posture(pos)[Trunk]).m(1, 0) // the body's forward direction on screen
		if mv := b.sub(a); mv.X*f.X+mv.Y*f.Y >= -3 {
			t.Errorf("%s: the navel dot moved %+v, not back toward the spine", pos, mv)
		}
	}
}

func navelDot(t *testing.T, sc Scene) Pt {
	t.Helper()
	for _, sh := range sc.Shapes {
		if sh.Kind == KindCircle && sh.Live && sh.Fill == RoleAccent {
			return sh.Pts[0]
		}
	}
	t.Fatal("no navel in the picture")
	return Pt{}
}

// Nothing that is not live moves: the spine (and so the lumbar curve), the
// pelvis and the outline of everything but the belly are the same pixels
// through the whole draw-in and breath.
func TestSpineAndPelvisStayPutThroughTheDrawIn(t *testing.T) {
	for _, pos := range breath.Positions {
		for _, v := range []View{ViewAll, ViewSide, ViewFront, ViewSection} {
			a := render(pos, v, 1280, 800, held(0, 0.1))
			b := render(pos, v, 1280, 800, held(1, 0.9))
			if len(a.Shapes) != len(b.Shapes) {
				t.Fatalf("%s %s: %d shapes then %d", pos, v, len(a.Shapes), len(b.Shapes))
			}
			for i := range a.Shapes {
				if a.Shapes[i].Live {
					continue
				}
				if !sameShape(a.Shapes[i], b.Shapes[i]) {
					t.Fatalf("%s %s: still shape %d (%v) moved with the pose", pos, v, i, a.Shapes[i].Kind)
				}
			}
		}
	}
	if l := LumbarLordosis(); l < 40 || l > 60 {
		t.Errorf("lumbar lordosis %.1f°, want an ordinary 40–60°", l)
	}
}

func sameShape(a, b Shape) bool {
	if len(a.Pts) != len(b.Pts) || a.Kind != b.Kind || a.Text != b.Text || a.Alpha != b.Alpha || a.Width != b.Width {
		return false
	}
	for i := range a.Pts {
		if a.Pts[i] != b.Pts[i] {
			return false
		}
	}
	return true
}

func TestBreathMovesRibsAndDiaphragm(t *testing.T) {
	out := render(breath.Lying, ViewAll, 1280, 800, held(1, 0))
	in := render(breath.Lying, ViewAll, 1280, 800, held(1, 1))
	if w := (in.Measure.Ribs - out.Measure.Ribs) / out.Measure.Ribs; math.Abs(w-RibShare) > 0.01 {
		t.Errorf("ribs widened by %.3f of their width, want %.2f", w, RibShare)
	}
	if d := out.Measure.DomeTop - in.Measure.DomeTop; math.Abs(d-(domeHigh-domeLow)) > 0.3 {
		t.Errorf("diaphragm fell %.1f cm on the in-breath, want %.1f", d, domeHigh-domeLow)
	}
	// The waist narrows all round with the draw-in, not with the breath.
	rest := render(breath.Lying, ViewAll, 1280, 800, held(0, 1))
	if n := 1 - in.Measure.Waist/rest.Measure.Waist; math.Abs(n-WaistShare) > 0.01 {
		t.Errorf("waist narrowed by %.3f, want %.2f", n, WaistShare)
	}
	if in.Measure.RingWidth >= rest.Measure.RingWidth || in.Measure.RingDepth >= rest.Measure.RingDepth {
		t.Errorf("cross-section did not tighten all round: %.1f×%.1f then %.1f×%.1f",
			rest.Measure.RingWidth, rest.Measure.RingDepth, in.Measure.RingWidth, in.Measure.RingDepth)
	}
	if in.Measure.PelvicLift <= 0 || rest.Measure.PelvicLift != 0 {
		t.Errorf("pelvic floor lift %.2f drawn in, %.2f relaxed", in.Measure.PelvicLift, rest.Measure.PelvicLift)
	}
}

// During the hold the person keeps breathing: the diaphragm and the gauge
// keep moving while the belly stays in.
func TestHoldKeepsSmallBreaths(t *testing.T) {
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	var hold breath.Segment
	for _, s := range tl.Segments {
		if s.Phase == breath.Hold {
			hold = s
			break
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for at := hold.Start + hold.Len/2; at < hold.Start+hold.Len; at += 100 * time.Millisecond {
		m := render(breath.Sitting, ViewAll, 1280, 800, tl.Pose(at)).Measure
		if full := render(breath.Sitting, ViewAll, 1280, 800, held(1, 0.5)).Measure.NavelBack; m.NavelBack < 0.99*full {
			t.Fatalf("at %v in the hold the belly let go: %.2f cm back", at, m.NavelBack)
		}
		lo, hi = math.Min(lo, m.DomeTop), math.Max(hi, m.DomeTop)
	}
	if hi-lo < 0.3 {
		t.Errorf("the diaphragm moved %.2f cm through the hold: the breath was held", hi-lo)
	}
}

// Sampled at 60 Hz through a whole rep, no shape jumps between frames. The
// one cut is the self-check: the hands go to the waist when it is said, at
// the start of the set's first hold, and back when it ends, as a new still
// picture; the moving anatomy does not jump then either.
func TestNothingJumpsBetweenFrames(t *testing.T) {
	tl, err := breath.New(breath.Vacuum(2))
	if err != nil {
		t.Fatal(err)
	}
	// The lead-in, the first rep and the join into the second.
	end := tl.Drill.LeadIn + tl.Drill.RepDuration() + time.Second
	for _, pos := range breath.Positions {
		prev := render(pos, ViewAll, 1920, 1080, tl.Pose(0))
		cuts := 0
		for at := time.Second / 60; at < end; at += time.Second / 60 {
			cur := render(pos, ViewAll, 1920, 1080, tl.Pose(at))
			if len(cur.Shapes) != len(prev.Shapes) {
				t.Fatalf("%s at %v: %d shapes, was %d", pos, at, len(cur.Shapes), len(prev.Shapes))
			}
			cut := tl.Pose(at).SelfCheck != tl.Pose(at-time.Second/60).SelfCheck
			if cut {
				cuts++
			}
			for i := range cur.Shapes {
				a, b := prev.Shapes[i], cur.Shapes[i]
				if cut && (!b.Live || a.Alpha != b.Alpha && a.Alpha*b.Alpha == 0) {
					continue // the new still, and the hands' outline showing or going
				}
				for j := range b.Pts {
					if d := b.Pts[j].sub(a.Pts[j]).len(); d > 10 { // 1 % of the height
						t.Fatalf("%s at %v: shape %d point %d jumped %.1f px", pos, at, i, j, d)
					}
				}
				if math.Abs(a.Alpha-b.Alpha) > 0.12 {
					t.Fatalf("%s at %v: shape %d opacity jumped %.2f → %.2f", pos, at, i, a.Alpha, b.Alpha)
				}
			}
			prev = cur
		}
		if cuts != 2 {
			t.Errorf("%s: %d self-check cuts in the first rep, want 2 (hands on, hands off)", pos, cuts)
		}
	}
}

// Every label is at least 14 px, or 24 on the kiosk, and all text stays
// inside the picture at every size from a small laptop to 4K.
func TestLabelsAreReadableAndNeverCutOff(t *testing.T) {
	if px := LabelSize(1230, 520); px < 14 {
		t.Errorf("labels %.1f px at 1280×800's figure, want ≥ 14", px)
	}
	if px := LabelSize(1800, 680); px < 24 {
		t.Errorf("labels %.1f px at the kiosk's figure, want ≥ 24", px)
	}
	for _, sz := range [][2]float64{{990, 330}, {1230, 520}, {1800, 700}, {3700, 1700}, {945, 708}} {
		for _, pos := range breath.Positions {
			for _, v := range []View{ViewAll, ViewSide, ViewFront, ViewSection} {
				sc := render(pos, v, sz[0], sz[1], held(0.5, 0.5))
				for _, sh := range sc.Shapes {
					if sh.Kind != KindText || sh.Text == "" {
						continue
					}
					w := textWidth(sh.Text, sh.Size)
					x0 := sh.Pts[0].X - w*map[Align]float64{AlignLeft: 0, AlignCentre: 0.5, AlignRight: 1}[sh.Align]
					if sh.Size < MinLabelPx*0.89 || x0 < -0.5 || x0+w > sz[0]+0.5 || sh.Pts[0].Y < -0.5 || sh.Pts[0].Y+sh.Size*1.2 > sz[1]+0.5 {
						t.Errorf("%v %s %s: %q at %.0f,%.0f size %.1f is cut off or too small", sz, pos, v, sh.Text, x0, sh.Pts[0].Y, sh.Size)
					}
				}
				lo, hi := Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
				for _, sh := range sc.Shapes {
					for _, p := range sh.Pts {
						lo.X, lo.Y, hi.X, hi.Y = math.Min(lo.X, p.X), math.Min(lo.Y, p.Y), math.Max(hi.X, p.X), math.Max(hi.Y, p.Y)
					}
				}
				if lo.X < -1 || lo.Y < -1 || hi.X > sz[0]+1 || hi.Y > sz[1]+1 {
					t.Errorf("%v %s %s: drawing spans %v–%v, outside the picture", sz, pos, v, lo, hi)
				}
			}
		}
	}
}

func TestPaletteContrast(t *testing.T) {
	for name, p := range map[string]*Palette{"light": &Light, "dark": &Dark} {
		for _, r := range []Role{RoleInk, RoleLabel, RoleAccent, RoleBreath} {
			if c := Contrast(p[r], p[RoleCard]); c < 4.5 {
				t.Errorf("%s: role %d is %.2f:1 on the card, want ≥ 4.5", name, r, c)
			}
		}
	}
	if For(Dark[RoleCard]) != &Dark || For(Light[RoleCard]) != &Light {
		t.Error("palette not picked by background")
	}
}

func TestParseView(t *testing.T) {
	for _, v := range []View{ViewAll, ViewSide, ViewFront, ViewSection} {
		if got, err := ParseView(v.String()); err != nil || got != v {
			t.Errorf("%s: %v %v", v, got, err)
		}
	}
	if _, err := ParseView("top"); err == nil {
		t.Error("an unknown view was accepted")
	}
}

// On a small laptop's practice screen the figure gets about 990×210 px:
// the side view alone fills it rather than three views too small to read.
func TestSmallRoomShowsALargeSideView(t *testing.T) {
	for _, pos := range breath.Positions {
		sc := render(pos, ViewAll, 990, 210, held(0.5, 0.5))
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, sh := range sc.Shapes {
			if sh.Kind == KindText && sh.Text == "Front" {
				t.Errorf("%s: the front view is squeezed in at 990×210", pos)
			}
			if sh.Fill == RoleSkin && !sh.Live {
				for _, p := range sh.Pts {
					lo, hi = math.Min(lo, p.Y), math.Max(hi, p.Y)
				}
			}
		}
		if hi-lo < 0.6*210 {
			t.Errorf("%s: the body is %.0f px high in a 210 px figure", pos, hi-lo)
		}
	}
}
