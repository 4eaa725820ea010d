package diagram

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/i18n"
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

// One snapshot per position and phase: the moving parts' places are
// pinned; the still layer is one image under them.
func TestFigureMarkup(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	tl := vacuum(t)
	for _, pos := range breath.Positions {
		c := New()
		c.SetPosition(pos)
		w := test.NewTempWindow(t, c)
		w.Resize(fyne.NewSize(800, 450))
		for _, tc := range []struct {
			phase string
			at    float64
		}{
			{"lead_in", 1}, {"exhale", 5}, {"inhale", 9}, {"hold", 14}, {"release", 23},
		} {
			c.SetPose(tl.Pose(secs(tc.at)))
			test.AssertRendersToMarkup(t, "figure/"+pos.String()+"_"+tc.phase+".xml", w.Canvas())
		}
	}
}

// At the practice figure's size at 1280x800, where every position shows
// all three views (in a smaller room a standing body shows its side view
// alone, and then the two are the same picture).
func TestPositionAndViewChangeThePicture(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(1230, 520))
	c.SetPose(vacuum(t).Pose(secs(14)))
	seen := map[string]bool{}
	for _, pos := range breath.Positions {
		c.SetPosition(pos)
		for _, v := range []figure.View{figure.ViewAll, figure.ViewSide, figure.ViewFront, figure.ViewSection} {
			c.SetView(v)
			m := test.RenderObjectToMarkup(c)
			if seen[m] && v != figure.ViewFront && v != figure.ViewSection {
				t.Errorf("%s %s draws the same as another position or view", pos, v)
			}
			seen[m] = true
		}
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

// Drawing in moves the navel dot on screen toward the spine by the share
// the figure promises, at the widget's own scale.
func TestDrawingInMovesTheNavelOnScreen(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	c.SetView(figure.ViewSide)
	c.SetPosition(breath.Standing)
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(1000, 600))
	navel := func() float32 {
		for _, o := range test.WidgetRenderer(c).Objects() {
			if ci, ok := o.(*canvas.Circle); ok && ci.FillColor == figure.Light.Colour(figure.RoleAccent, 1) {
				return (ci.Position1.X + ci.Position2.X) / 2
			}
		}
		t.Fatal("no navel drawn")
		return 0
	}
	test.ApplyTheme(t, lightTestTheme{})
	c.SetPose(breath.Pose{Phase: breath.Hold, Engagement: 0, Breath: 0.5})
	rest := navel()
	c.SetPose(breath.Pose{Phase: breath.Hold, Engagement: 1, Breath: 0.5})
	in := navel()
	if !(in < rest-8) { // facing right: back is to the left
		t.Errorf("navel at x=%.1f relaxed, %.1f drawn in: want clearly further back", rest, in)
	}
}

// A drill driven at 60 Hz repaints only when something moved a visible step,
// and every frame's picture stays within that step of the exact pose: the
// quick shapes' objects, and the slow shapes' layer, which is painted again
// far less often than the window repaints.
func TestFigureRepaintsOnVisibleStepsOnly(t *testing.T) {
	test.NewTempApp(t)
	tl, err := breath.New(breath.Vacuum(2))
	if err != nil {
		t.Fatal(err)
	}
	c := New()
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(1000, 520))
	r := test.WidgetRenderer(c).(*renderer)
	frames, paints0 := 0, r.layerPts
	for at := time.Duration(0); at < tl.Total; at += time.Second / 60 {
		frames++
		p := tl.Pose(at)
		c.SetPose(p)
		var quickSh []figure.Shape
		slow := make([][]figure.Shape, len(r.layers))
		n := 0
		for _, sh := range figure.Render(c.Options(float64(c.Size().Width), float64(c.Size().Height))).Shapes {
			switch {
			case !sh.Live:
			case quick(sh):
				quickSh = append(quickSh, sh)
			default:
				slow[r.slowIn[n]] = append(slow[r.slowIn[n]], sh)
				n++
			}
		}
		exact := flatten(nil, quickSh)
		if len(exact) != len(r.drawn) {
			t.Fatalf("at %v: %d moving parts drawn, %d in the pose", at, len(r.drawn), len(exact))
		}
		for i, sh := range exact {
			lim := stepPx + 0.25 // plus the half-pixel rounding of placement
			if sh.gauge {
				lim = gaugeStepPx + 0.25
			}
			d := r.drawn[i]
			if far(d.a.X, sh.a.X, lim) || far(d.a.Y, sh.a.Y, lim) || far(d.b.X, sh.b.X, lim) || far(d.b.Y, sh.b.Y, lim) {
				t.Fatalf("at %v part %d is drawn at %v–%v, exactly %v–%v", at, i, d.a, d.b, sh.a, sh.b)
			}
			if far(d.alpha, sh.alpha, alphaStep+1.0/64) || d.text != sh.text {
				t.Fatalf("at %v part %d drawn %+v, exactly %+v", at, i, d, sh)
			}
		}
		for k, l := range r.layers {
			exactSlow := flatten(nil, slow[k])
			if len(exactSlow) != len(l.laid) {
				t.Fatalf("at %v: %d slow parts painted in layer %d, %d in the pose", at, len(l.laid), k, len(exactSlow))
			}
			for i, sh := range exactSlow {
				d := l.laid[i]
				if far(d.a.X, sh.a.X, stepPx) || far(d.a.Y, sh.a.Y, stepPx) || far(d.b.X, sh.b.X, stepPx) || far(d.b.Y, sh.b.Y, stepPx) ||
					far(d.alpha, sh.alpha, alphaStep) || far(d.width, sh.width, 0.25) {
					t.Fatalf("at %v slow part %d of layer %d is painted %+v, exactly %+v", at, i, k, d, sh)
				}
			}
		}
	}
	if got := float64(r.repaint) / float64(frames); got > 0.5 {
		t.Errorf("repainted %d of %d frames (%.0f%%)", r.repaint, frames, got*100)
	}
	if got := float64(r.layerPts-paints0) / float64(frames); got > 0.1 {
		t.Errorf("painted a slow layer %d times in %d frames (%.0f%%)", r.layerPts-paints0, frames, got*100)
	}
	t.Logf("repainted %d of %d frames, a slow layer %d times", r.repaint, frames, r.layerPts-paints0)
}

// The kiosk asks for larger labels; the figure never draws them smaller
// than its own size calls for.
func TestLabelSizeOverride(t *testing.T) {
	test.NewTempApp(t)
	c := New()
	c.SetLabelSize(24)
	if o := c.Options(1800, 700); o.LabelPx < 24 {
		t.Errorf("labels %.1f px, asked for 24", o.LabelPx)
	}
	c.SetLabelSize(10)
	if o := c.Options(1800, 700); o.LabelPx < figure.LabelSize(1800, 700) {
		t.Errorf("labels %.1f px, below the figure's own %.1f", o.LabelPx, figure.LabelSize(1800, 700))
	}
}

// Pictures painted without a window use the window's own colours.
func TestWindowColoursMatchTheTheme(t *testing.T) {
	test.NewTempApp(t)
	th := theme.DefaultTheme()
	for _, dark := range []bool{false, true} {
		v := theme.VariantLight
		if dark {
			v = theme.VariantDark
		}
		got := raster.WindowColours(dark)
		if !same(got.Background, th.Color(theme.ColorNameBackground, v)) || !same(got.Foreground, th.Color(theme.ColorNameForeground, v)) {
			t.Errorf("dark %v: %v, theme has %v / %v", dark, got, th.Color(theme.ColorNameBackground, v), th.Color(theme.ColorNameForeground, v))
		}
	}
}

func same(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// The figure draws its words in the language shown, except in a script its
// painter cannot shape: on the Bengali practice screen the labels came out
// blank, so Bengali (and Panjabi, Gujarati) keep the English labels.
func TestFigureWordsFollowTheLanguageItCanDraw(t *testing.T) {
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	for code, want := range map[string]string{"pl": "dno miednicy", "tr": "pelvik taban", "bn": "pelvic floor", "pa": "pelvic floor"} {
		if err := i18n.Use(code); err != nil {
			t.Fatal(err)
		}
		o := New().Options(1280, 800)
		got := "pelvic floor"
		if o.Words != nil {
			got = o.Words("pelvic floor")
		}
		if got != want {
			t.Errorf("%s: the figure labels the pelvic floor %q, want %q", code, got, want)
		}
	}
}

// BenchmarkDrillFrame is the practice figure's cost per display frame
// through a vacuum drill at 60 Hz, in each position, at the figure's size on
// a 1280x800 practice screen: the frame function's SetPose and the objects
// it re-places. Fyne repaints the whole window on every frame in which any
// object changed, so repaints/frame is what the window pays on top.
func BenchmarkDrillFrame(b *testing.B) {
	tl, err := breath.New(breath.Vacuum(3))
	if err != nil {
		b.Fatal(err)
	}
	for _, pos := range breath.Positions {
		b.Run(pos.String(), func(b *testing.B) {
			a := test.NewApp()
			defer a.Quit()
			c := New()
			c.SetPosition(pos)
			w := test.NewWindow(c)
			defer w.Close()
			w.Resize(fyne.NewSize(1240, 520))
			r := test.WidgetRenderer(c).(*renderer)
			frames := int(tl.Total * 60 / time.Second)
			r0, l0 := r.repaint, r.layerPts
			b.ResetTimer()
			for i := range b.N {
				c.SetPose(tl.Pose(time.Duration(i%frames) * time.Second / 60))
			}
			b.ReportMetric(float64(r.repaint-r0)/float64(b.N), "repaints/frame")
			b.ReportMetric(float64(r.layerPts-l0)/float64(b.N), "layer-paints/frame")
			b.ReportMetric(float64(len(r.objs)), "objects")
		})
	}
}
