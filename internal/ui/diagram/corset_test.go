package diagram

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
)

func vacuum(t *testing.T) *breath.Timeline {
	t.Helper()
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func TestCorsetMarkup(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	tl := vacuum(t)
	c := New()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(600, 340))
	for _, tc := range []struct {
		file string
		at   float64
	}{
		{"corset/lead_in.xml", 1},
		{"corset/inhale_mid.xml", 9},
		{"corset/hold.xml", 14},
		{"corset/release.xml", 23},
	} {
		c.SetPose(tl.Pose(secs(tc.at)))
		test.AssertRendersToMarkup(t, tc.file, w.Canvas())
	}
}

// bandWidth is the narrowest corset strip on screen in the front view: the
// waist as actually drawn.
func bandWidth(t *testing.T, c *Corset) float32 {
	t.Helper()
	corset := lightPalette[RoleCorset]
	min := float32(-1)
	for _, o := range test.WidgetRenderer(c).Objects() {
		r, ok := o.(*canvas.Rectangle)
		if !ok || r.FillColor != color.Color(corset) || r.Position().X > c.Size().Width/2 {
			continue
		}
		if min < 0 || r.Size().Width < min {
			min = r.Size().Width
		}
	}
	if min < 0 {
		t.Fatal("no corset strips drawn")
	}
	return min
}

func TestSetPoseMovesTheWaist(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(1000, 564))
	test.ApplyTheme(t, lightTestTheme{})

	c.SetPose(breath.Pose{Phase: breath.Inhale, Engagement: 0.1, Breath: 0.5})
	loose := bandWidth(t, c)
	c.SetPose(breath.Pose{Phase: breath.Inhale, Engagement: 0.9, Breath: 0.5})
	tight := bandWidth(t, c)
	if !(tight < loose-30) {
		t.Errorf("waist drawn %.1f px at engagement 0.9, %.1f at 0.1: want clearly narrower", tight, loose)
	}
}

func TestReducedMotionShowsStillPose(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	p := vacuum(t).Pose(secs(18.5)) // late in the hold, at the top of a shallow breath
	if p.Phase != breath.Hold || p.Breath == p.Still().Breath {
		t.Fatalf("pose %+v does not differ from its still", p)
	}

	moving, still, reduced := New(), New(), New()
	for _, c := range []*Corset{moving, still, reduced} {
		c.Resize(fyne.NewSize(500, 282))
	}
	moving.SetPose(p)
	still.SetPose(p.Still())
	reduced.SetReducedMotion(true)
	reduced.SetPose(p)

	got := test.RenderObjectToMarkup(reduced)
	if got != test.RenderObjectToMarkup(still) {
		t.Error("reduced motion does not draw the still pose")
	}
	if got == test.RenderObjectToMarkup(moving) {
		t.Error("reduced motion draws the moving pose")
	}
	if reduced.Pose() != p {
		t.Error("reduced motion lost the pose it was given")
	}
}

// Drive reads the clock on each frame and applies the timeline's pose for it;
// OnFrame sees the same pose. (The test driver ticks an animation once.)
func TestDriveFollowsTheClock(t *testing.T) {
	test.NewTempApp(t)
	tl := vacuum(t)
	c := New()
	test.NewTempWindow(t, c)
	clock := secs(12.5)
	var seen []breath.Pose
	c.OnFrame = func(p breath.Pose) { seen = append(seen, p) }
	c.Drive(func() time.Duration { return clock }, tl)
	defer c.Stop()
	want := tl.Pose(clock)
	if len(seen) == 0 || seen[len(seen)-1] != want || c.Pose() != want {
		t.Fatalf("after Drive at 12.5 s: frames %v, pose %+v; want %+v", seen, c.Pose(), want)
	}
	clock = secs(30)
	c.tick(0.25) // the animation's progress argument must not matter
	if c.Pose() != tl.Pose(secs(30)) {
		t.Errorf("a tick at 30 s shows %+v", c.Pose())
	}
	c.Stop()
	clock = secs(40)
	c.tick(0.5)
	if c.Pose() != tl.Pose(secs(30)) {
		t.Error("a stopped figure still follows the clock")
	}
}

// A drill driven at 60 Hz repaints only when something moved a visible step,
// and every frame's picture stays within that step of the exact pose.
func TestDrivenFigureRepaintsOnVisibleStepsOnly(t *testing.T) {
	test.NewTempApp(t)
	tl, err := breath.New(breath.Vacuum(2))
	if err != nil {
		t.Fatal(err)
	}
	c := New()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(1000, 520))
	r := test.WidgetRenderer(c).(*renderer)
	frames := 0
	for at := time.Duration(0); at < tl.Total; at += time.Second / 60 {
		frames++
		p := tl.Pose(at)
		c.SetPose(p)
		exact := Layout(p, c.Size().Width, c.Size().Height).Shapes
		for i, sh := range exact {
			lim := float32(stepPx) + 0.25 // plus the half-pixel rounding of placement
			if sh.Fill == RoleBreath {
				lim = gaugeStepPx + 0.25
			}
			d := r.drawn[i]
			if far(d.A.X, sh.A.X, lim) || far(d.A.Y, sh.A.Y, lim) || far(d.B.X, sh.B.X, lim) || far(d.B.Y, sh.B.Y, lim) {
				t.Fatalf("at %v shape %d is drawn at %v–%v, exactly %v–%v", at, i, d.A, d.B, sh.A, sh.B)
			}
			if far(d.Alpha, sh.Alpha, alphaStep+1.0/64) || d.Text != sh.Text {
				t.Fatalf("at %v shape %d drawn %+v, exactly %+v", at, i, d, sh)
			}
		}
	}
	// Measured: about one tick in five repaints over a whole drill; before
	// this, four in five did.
	if got := float64(r.repaint) / float64(frames); got > 0.35 {
		t.Errorf("repainted %d of %d frames (%.0f%%)", r.repaint, frames, got*100)
	}
	t.Logf("repainted %d of %d frames", r.repaint, frames)
}
